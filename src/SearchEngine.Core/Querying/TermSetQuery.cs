using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchEngine.Core.Querying;

/// <summary>
/// "Any of these exact terms" without BooleanQuery's 1,024-clause limit (<c>TooManyClauses</c>): a
/// <see cref="TermsFilter"/> (one pass over the sorted terms per segment) wrapped as a constant-score query, for
/// filters with many values (<c>venue=v1,…,v5000</c>).
/// </summary>
public static class TermSetQuery
{
    /// <summary>A query matching documents with any of <paramref name="terms"/> in <paramref name="field"/>.</summary>
    public static Query Any(string field, IEnumerable<string> terms)
    {
        var distinct = terms.Distinct(StringComparer.Ordinal).Select(t => new BytesRef(t)).ToList();
        return distinct.Count == 0
            ? new BooleanQuery()
            : new ConstantScoreQuery(new TermsFilter(field, distinct));
    }
}
