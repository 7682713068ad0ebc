using Lucene.Net.Search;
using SearchEngine.Core.Indexing;

namespace SearchEngine.Core.Search;

/// <summary>Pseudo-relevance feedback (RM3-style) expansion (temporary: identity).</summary>
internal static class Feedback
{
    public static Query Expand(IndexSearcher searcher, PaperIndex index, Query query)
    {
        _ = (searcher, index);
        return query;
    }
}
