using Lucene.Net.Search;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Ranking;
using SearchEngine.Core.Search;

namespace SearchEngine.Core.Facets;

/// <summary>
/// Facet counting with drill-sideways semantics: a dimension's counts ignore that dimension's own filter while
/// every other filter applies, so ticking <c>NeurIPS</c> still shows how many papers the other venues would add.
/// Dimensions without an active filter are counted in the same pass as the top hits; each filtered dimension
/// gets one extra counting pass (constant-score, no ranking) over the query without its own filter.
/// </summary>
internal static class FacetEngine
{
    /// <summary>
    /// Runs <paramref name="mainQuery"/> once, feeding a main collector from <paramref name="newMain"/> (top hits)
    /// and the counters of the dimensions without a filter; on a <see cref="SlicedSearcher"/> this runs per slice of
    /// segments in parallel, with one main collector and one set of counters per slice: the counts are added up here,
    /// the main collectors (<paramref name="mains"/>, in document order) are the caller's to merge.
    /// </summary>
    public static FacetResults Count(IndexSearcher searcher, Query baseQuery, Dictionary<string, Query> filters,
        IReadOnlyList<FacetRequest> requests, Query mainQuery, Func<ICollector> newMain, out IReadOnlyList<ICollector> mains)
    {
        var reader = searcher.IndexReader;
        var sameAsMain = requests.Where(r => !filters.ContainsKey(r.Dimension.Name)).ToList();
        var slices = SlicedSearcher.Collect(searcher, mainQuery,
            () =>
            {
                var main = newMain();
                var counters = sameAsMain.Select(r => FacetsCollector.CounterFor(r.Dimension, reader)).ToList();
                return (Main: main, Counters: counters,
                    Collector: counters.Count == 0 ? main : FacetedCollector.Of(main, new FacetsCollector(counters)));
            },
            s => s.Collector);
        mains = slices.Select(s => s.Main).ToList();
        var mainCounters = Merge(slices.Select(s => s.Counters).ToList());

        var values = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        var info = new Dictionary<string, FacetInfo>(StringComparer.Ordinal);
        for (var i = 0; i < sameAsMain.Count; i++)
        {
            (values[sameAsMain[i].Dimension.Name], info[sameAsMain[i].Dimension.Name]) = mainCounters[i].Finish(sameAsMain[i].Limit);
        }

        foreach (var request in requests.Where(r => filters.ContainsKey(r.Dimension.Name)))
        {
            var sideways = new ConstantScoreQuery(
                TermAtATimeQuery.Wrap(FilterBuilder.Apply(baseQuery, filters, except: request.Dimension.Name)));
            var perSlice = SlicedSearcher.Collect(searcher, sideways,
                () => new FacetsCollector([FacetsCollector.CounterFor(request.Dimension, reader)]), c => c);
            var counter = Merge(perSlice.Select(c => c.Counters).ToList())[0];
            (values[request.Dimension.Name], info[request.Dimension.Name]) = counter.Finish(request.Limit);
        }

        // Keep the requested order of dimensions.
        var orderedValues = requests.ToDictionary(r => r.Dimension.Name, r => values[r.Dimension.Name]);
        var orderedInfo = requests.ToDictionary(r => r.Dimension.Name, r => info[r.Dimension.Name]);
        return new FacetResults(orderedValues, orderedInfo);
    }

    /// <summary>The first slice's counters with every other slice's counts added.</summary>
    private static IReadOnlyList<IDimensionCounter> Merge(IReadOnlyList<IReadOnlyList<IDimensionCounter>> perSlice)
    {
        var first = perSlice[0];
        for (var s = 1; s < perSlice.Count; s++)
        {
            for (var d = 0; d < first.Count; d++) first[d].Add(perSlice[s][d]);
        }
        return first;
    }
}
