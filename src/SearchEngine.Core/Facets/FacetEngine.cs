using Lucene.Net.Search;
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
    public static FacetResults Count(IndexSearcher searcher, Query baseQuery, Dictionary<string, Query> filters,
        IReadOnlyList<FacetRequest> requests, Query mainQuery, ICollector mainCollector)
    {
        var reader = searcher.IndexReader;
        var sameAsMain = requests.Where(r => !filters.ContainsKey(r.Dimension.Name)).ToList();
        var mainCounters = sameAsMain.Select(r => FacetsCollector.CounterFor(r.Dimension, reader)).ToList();
        var collector = mainCounters.Count == 0
            ? mainCollector
            : MultiCollector.Wrap(mainCollector, new FacetsCollector(mainCounters));
        searcher.Search(mainQuery, collector);

        var values = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        var info = new Dictionary<string, FacetInfo>(StringComparer.Ordinal);
        for (var i = 0; i < sameAsMain.Count; i++)
        {
            (values[sameAsMain[i].Dimension.Name], info[sameAsMain[i].Dimension.Name]) = mainCounters[i].Finish(sameAsMain[i].Limit);
        }

        foreach (var request in requests.Where(r => filters.ContainsKey(r.Dimension.Name)))
        {
            var counter = FacetsCollector.CounterFor(request.Dimension, reader);
            var sideways = FilterBuilder.Apply(new ConstantScoreQuery(baseQuery), filters, except: request.Dimension.Name);
            searcher.Search(sideways, new FacetsCollector([counter]));
            (values[request.Dimension.Name], info[request.Dimension.Name]) = counter.Finish(request.Limit);
        }

        // Keep the requested order of dimensions.
        var orderedValues = requests.ToDictionary(r => r.Dimension.Name, r => values[r.Dimension.Name]);
        var orderedInfo = requests.ToDictionary(r => r.Dimension.Name, r => info[r.Dimension.Name]);
        return new FacetResults(orderedValues, orderedInfo);
    }
}
