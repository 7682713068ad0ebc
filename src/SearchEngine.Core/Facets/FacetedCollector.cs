using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Collecting;

namespace SearchEngine.Core.Facets;

/// <summary>
/// The first pass's main collector (top hits) and its facet counters as one collector, as Lucene's
/// <see cref="MultiCollector"/> joins them, that also takes a segment's matches at once (<see cref="IMatchSetCollector"/>)
/// and hands them to both.
/// </summary>
internal sealed class FacetedCollector : IMatchSetCollector
{
    private readonly IMatchSetCollector _main;
    private readonly FacetsCollector _facets;

    private FacetedCollector(IMatchSetCollector main, FacetsCollector facets) => (_main, _facets) = (main, facets);

    /// <summary><paramref name="main"/> and <paramref name="facets"/> fed together.</summary>
    public static ICollector Of(ICollector main, FacetsCollector facets) =>
        main is IMatchSetCollector all ? new FacetedCollector(all, facets) : MultiCollector.Wrap(main, facets);

    public bool AcceptsDocsOutOfOrder => _main.AcceptsDocsOutOfOrder && _facets.AcceptsDocsOutOfOrder;

    // Counting needs no scores.
    public void SetScorer(Scorer scorer) => _main.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _main.SetNextReader(context);
        _facets.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        _main.Collect(doc);
        _facets.Collect(doc);
    }

    public void CollectAll(ReadOnlySpan<long> matches, double[] scores)
    {
        _facets.CollectAll(matches, scores);
        _main.CollectAll(matches, scores);
    }
}
