using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchEngine.Core.Indexing;

namespace SearchEngine.Core.Ranking;

/// <summary>
/// Document frequencies of terms in one reader (one index generation or refresh), as <see cref="IndexReader.DocFreq"/>
/// gives them, remembered for later requests on the same reader. Thread-safe.
/// </summary>
/// <remarks>
/// why: RM3 feedback checks the document frequency of the terms of its ten feedback papers that may be frequent
/// (<see cref="FrequentTerms"/>; before that list, every distinct term, about a thousand per query);
/// <see cref="IndexReader.DocFreq"/> opens a new terms enumerator in every segment for each
/// (measured: 23 ms of a 45 ms feedback model at a million papers). Here the terms not yet known are sought in sorted
/// order with one enumerator per segment (11.7 ms), and a reader's frequencies are kept while it serves: queries on
/// one field share most of their feedback vocabulary. A reader's frequencies never change, and the cache belongs to
/// the reader's snapshot (<see cref="SnapshotCache{TKey, TValue}"/>), so a new generation or refresh starts afresh.
/// </remarks>
internal static class DocumentFrequencies
{
    /// <summary>Above this many remembered terms per reader the memory is cleared (about 50 MB at the cap).</summary>
    private const int MaxTerms = 500_000;

    private static readonly SnapshotCache<(string Field, string Term), long> Known = new(MaxTerms);

    /// <summary>The document frequency of each of <paramref name="terms"/> in <paramref name="field"/> (0 when absent).</summary>
    public static long[] Of(IndexReader reader, string field, IReadOnlyList<string> terms)
    {
        var known = Known.For(reader.Context);
        var result = new long[terms.Count];
        var missing = new List<(int Index, BytesRef Bytes)>();
        for (var i = 0; i < terms.Count; i++)
        {
            if (known.TryGet((field, terms[i]), out var df)) result[i] = df;
            else missing.Add((i, new BytesRef(terms[i])));
        }
        if (missing.Count == 0) return result;
        // why sorted: an enumerator seeking forward through the terms dictionary reuses the blocks it has loaded.
        missing.Sort((a, b) => a.Bytes.CompareTo(b.Bytes));
        foreach (var leaf in reader.Leaves)
        {
            var dictionary = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            if (dictionary is null) continue;
            foreach (var (index, bytes) in missing)
            {
                if (dictionary.SeekExact(bytes)) result[index] += dictionary.DocFreq;
            }
        }
        foreach (var (index, _) in missing) known.Add((field, terms[index]), result[index]);
        return result;
    }
}
