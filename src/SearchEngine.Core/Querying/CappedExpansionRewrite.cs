using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Core.Limits;

namespace SearchEngine.Core.Querying;

/// <summary>
/// Rewrites a prefix (or other multi-term) query to at most <see cref="MaxTerms"/> terms, the ones in the most
/// papers, scored like ordinary terms; checks the <see cref="SearchBudget"/> while enumerating. Lucene's default
/// for prefixes has no cap, and its top-terms rewrites break ties by term order (a prefix would search its 50
/// alphabetically first completions); Elasticsearch caps expansions at 50 too.
/// </summary>
public sealed class CappedExpansionRewrite : MultiTermQuery.RewriteMethod
{
    /// <summary>Terms one prefix clause may expand to.</summary>
    public const int MaxTerms = 50;

    public static CappedExpansionRewrite Instance { get; } = new();

    public override Query Rewrite(IndexReader reader, MultiTermQuery query)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = 0;
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(query.Field);
            if (terms is null) continue;
            var termsEnum = GetTermsEnum(query, terms, new AttributeSource());
            while (termsEnum.MoveNext())
            {
                if ((++seen & 1023) == 0) SearchBudget.Check();
                var text = termsEnum.Term.Utf8ToString();
                frequency[text] = frequency.GetValueOrDefault(text) + termsEnum.DocFreq;
            }
        }
        var result = new BooleanQuery(disableCoord: true);
        foreach (var (text, _) in frequency.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(MaxTerms))
        {
            result.Add(new TermQuery(new Term(query.Field, new BytesRef(text))), Occur.SHOULD);
        }
        result.Boost = query.Boost;
        return result;
    }
}
