using Lucene.Net.Search;

namespace SearchEngine.Core.Search;

/// <summary>
/// The search filters as one Lucene filter for vector search (<see cref="Embeddings.PaperVectors.Nearest"/>): the same
/// queries keyword search applies. Here, not in Embeddings, because Embeddings sits below Indexing.
/// </summary>
public static class VectorFilter
{
    /// <summary>Null when nothing is filtered (every live paper is allowed).</summary>
    public static Filter? Of(SearchFilters? filters)
    {
        if (filters is null) return null;
        var queries = FilterBuilder.Build(filters);
        if (queries.Count == 0) return null;
        var all = new BooleanQuery();
        foreach (var query in queries.Values) all.Add(query, Occur.MUST);
        return new QueryWrapperFilter(all);
    }
}
