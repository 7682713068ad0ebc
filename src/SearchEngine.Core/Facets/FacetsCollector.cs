using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Facets;

/// <summary>A collector feeding every matching document to a set of dimension counters.</summary>
internal sealed class FacetsCollector(IReadOnlyList<IDimensionCounter> counters) : ICollector
{
    public IReadOnlyList<IDimensionCounter> Counters { get; } = counters;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        foreach (var counter in Counters) counter.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        foreach (var counter in Counters) counter.Collect(doc);
    }

    public static IDimensionCounter CounterFor(Dimension dimension, IndexReader reader) =>
        dimension.Kind == DimensionKind.Year ? new YearCounter(dimension) : new OrdinalCounter(dimension, reader);
}
