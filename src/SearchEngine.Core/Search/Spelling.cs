using Lucene.Net.Search;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Suggest;

namespace SearchEngine.Core.Search;

/// <summary>"Did you mean" for queries with few hits, from the index's own terms.</summary>
internal static class Spelling
{
    public static string? Suggest(IndexSearcher searcher, PaperIndex index, string query, int total) =>
        new DidYouMean(index.Analyzer) { FewHits = SearchService.SuggestBelow }.Suggest(query, searcher.IndexReader, total);
}
