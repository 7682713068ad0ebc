using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Collecting;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Facets;

/// <summary>A collector feeding every matching document to a set of dimension counters.</summary>
internal sealed class FacetsCollector(IReadOnlyList<IDimensionCounter> counters) : IMatchSetCollector
{
    // why: an array and for loops: foreach over the interface allocated an enumerator for every matching document.
    private readonly IDimensionCounter[] _counters = [.. counters];

    public IReadOnlyList<IDimensionCounter> Counters => _counters;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        for (var i = 0; i < _counters.Length; i++) _counters[i].SetNextReader(context);
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _counters.Length; i++) _counters[i].Collect(doc);
    }

    // Counting needs no scores: each counter walks the matches in a loop of its own.
    public void CollectAll(ReadOnlySpan<long> matches, double[] scores)
    {
        for (var i = 0; i < _counters.Length; i++) _counters[i].CollectAll(matches);
    }

    public static IDimensionCounter CounterFor(Dimension dimension, IndexReader reader) =>
        dimension.Kind == DimensionKind.Year ? new YearCounter(dimension) : new OrdinalCounter(dimension, reader);
}
