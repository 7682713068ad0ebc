using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Facets;

/// <summary>A collector feeding every matching document to a set of dimension counters.</summary>
internal sealed class FacetsCollector(IReadOnlyList<IDimensionCounter> counters) : ICollector
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

    public static IDimensionCounter CounterFor(Dimension dimension, IndexReader reader) =>
        dimension.Kind == DimensionKind.Year ? new YearCounter(dimension) : new OrdinalCounter(dimension, reader);
}
