using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace SearchEngine.Core.Ranking;

/// <summary>
/// Which terms of a field may be in more than a given share of an index's papers, from a short list per segment
/// computed once per segment: every term it does not name is certainly in no more than that share, so only the terms
/// it names need their exact document frequency (<see cref="DocumentFrequencies"/>). Thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// why: RM3 feedback drops terms in more than 10% of the papers, and the ten feedback papers hold about a thousand
/// distinct terms per query. Seeking each in every segment's terms dictionary was most of the feedback model's cost
/// (measured at a million papers: 24 ms of a search's ~50). Nearly all of those terms are rare; a segment's terms
/// above the cut-off are a few hundred, found by one walk over its terms dictionary, by the first request that needs
/// the segment (measured: 229 ms for the 1.4 million terms of a million-paper index; the server's warm-up search pays
/// it for the segments it opens with, as it does for the facet columns, <c>SegmentColumn</c>).
/// </para>
/// <para>
/// Why it is exact: a segment lists its terms in more than <c>share / 2</c> of its documents (deleted ones included,
/// as document frequencies count them). A term listed by no segment has, in each, a frequency of at most
/// <c>share / 2 × maxDoc ≤ share × numDocs</c> while at most half the segment is deleted, so at most
/// <c>share × NumDocs</c> in the whole index. The half is the margin that lets a segment's list outlive its deletions:
/// it is computed once per segment core (shared by every reader of that segment, before and after deletes), and a
/// segment with more than half its documents deleted lists nothing as certain.
/// </para>
/// </remarks>
public static class FrequentTerms
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<(string Field, double Share), Lazy<FrozenSet<string>>>> Lists = new();
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<(string Field, double Share), Lazy<FrozenSet<string>?>>> Unions = new();

    /// <summary>
    /// The terms of <paramref name="terms"/> that may be in more than <paramref name="share"/> of
    /// <paramref name="reader"/>'s live papers in <paramref name="field"/>, in their order; each term left out is in
    /// at most that share.
    /// </summary>
    public static List<string> MayExceed(IndexReader reader, string field, double share, IEnumerable<string> terms)
    {
        if (UnionOf(reader, field, share) is not { } union) return terms.ToList();
        var doubtful = new List<string>();
        foreach (var term in terms)
        {
            if (union.Contains(term)) doubtful.Add(term);
        }
        return doubtful;
    }

    /// <summary>
    /// Every segment's list of <paramref name="reader"/> in one set, kept while the reader serves; null when some
    /// segment is more than half deleted (its list no longer bounds its frequencies, see the remarks).
    /// </summary>
    /// <remarks>why one set: a query's thousand candidate terms were each looked up in every segment's list.</remarks>
    private static FrozenSet<string>? UnionOf(IndexReader reader, string field, double share) =>
        Unions.GetValue(reader, _ => new()).GetOrAdd((field, share), key => new Lazy<FrozenSet<string>?>(() =>
        {
            var union = new HashSet<string>(StringComparer.Ordinal);
            foreach (var leaf in reader.Leaves)
            {
                var segment = leaf.AtomicReader;
                if (2L * segment.NumDocs < segment.MaxDoc) return null;
                union.UnionWith(ListOf(segment, key.Field, key.Share));
            }
            return union.ToFrozenSet(StringComparer.Ordinal);
        })).Value;

    private static FrozenSet<string> ListOf(AtomicReader segment, string field, double share)
    {
        var byField = Lists.GetValue(segment.CoreCacheKey, _ => new());
        // why Lazy: two requests meeting a new segment at once walk its dictionary once.
        return byField.GetOrAdd((field, share), key => new Lazy<FrozenSet<string>>(() => Walk(segment, key.Field, key.Share))).Value;
    }

    private static FrozenSet<string> Walk(AtomicReader segment, string field, double share)
    {
        var above = share / 2 * segment.MaxDoc;
        var found = new HashSet<string>(StringComparer.Ordinal);
        var terms = segment.GetTerms(field)?.GetEnumerator();
        if (terms is null) return FrozenSet<string>.Empty;
        while (terms.MoveNext())
        {
            if (terms.DocFreq > above) found.Add(terms.Term.Utf8ToString());
        }
        return found.ToFrozenSet(StringComparer.Ordinal);
    }
}
