using Lucene.Net.Index;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Facets;

/// <summary>Counts one facet dimension over collected documents, segment by segment.</summary>
internal interface IDimensionCounter
{
    Dimension Dimension { get; }
    void SetNextReader(AtomicReaderContext context);
    void Collect(int doc);
    /// <summary>
    /// Counts every document of the current segment whose bit is set in <paramref name="matches"/> (document d: bit
    /// d % 64 of word d / 64), as <see cref="Collect"/> for each would.
    /// </summary>
    void CollectAll(ReadOnlySpan<long> matches);
    /// <summary>
    /// Adds the counts of <paramref name="other"/> (same dimension and reader, done collecting, e.g. another slice
    /// of segments of the same search) to this one; <paramref name="other"/> must not be used afterwards.
    /// </summary>
    void Add(IDimensionCounter other);
    /// <summary>Ends counting (flushes the last segment) and returns the top values and the dimension's info.</summary>
    (IReadOnlyList<FacetValue> Values, FacetInfo Info) Finish(int limit);
}
