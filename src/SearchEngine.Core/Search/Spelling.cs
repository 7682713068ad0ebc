using Lucene.Net.Search;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Querying;

namespace SearchEngine.Core.Search;

/// <summary>"Did you mean" for queries with few hits (temporary: none).</summary>
internal static class Spelling
{
    public static string? Suggest(IndexSearcher searcher, PaperIndex index, ParsedQuery parsed, int total)
    {
        _ = (searcher, index, parsed, total);
        return null;
    }
}
