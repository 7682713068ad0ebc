using Lucene.Net.Search;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Search;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Runs one ordinary search (words of the first paper's title, default facets, snippets) on a generation before it
/// serves, so that the first requests after a start or a switch do not pay for loading its term dictionaries, norms
/// and doc values (and, at start, for compiling the search code).
/// </summary>
/// <remarks>
/// why: Lucene loads a segment's per-field structures on first use; with a 50k-paper index the first searches after a
/// switch were the slowest of a rebuild. This is the job of Lucene's <c>SearcherFactory</c> warm-up, done here once
/// per generation on the thread that opens it.
/// </remarks>
public static partial class GenerationWarmer
{
    /// <summary>Searches <paramref name="ready"/> once; a failure is logged and the generation serves anyway.</summary>
    public static void Warm(ReadyIndex ready, ILogger logger)
    {
        try
        {
            var request = SearchRequest.TryParse(new SearchParameters { Q = QueryOf(ready.Index) }, out _);
            if (request is not null) ready.Search.Search(request);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // why: warming only saves time; a generation that cannot be warmed is still served (and its own errors
            // reach the requests that meet them).
            LogWarmFailed(logger, e.Message);
        }
    }

    /// <summary>Up to three words of the first paper's title; empty for an empty index.</summary>
    private static string QueryOf(PaperIndex index)
    {
        using var context = index.Searchers.GetContext();
        var searcher = context.Reference;
        if (searcher.IndexReader.NumDocs == 0) return "";
        var paper = index.Get(PaperIndex.LoadId(searcher, 0));
        var words = (paper?.Title ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).Take(3);
        return string.Join(' ', words);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming the new index generation failed (serving it anyway): {Reason}")]
    private static partial void LogWarmFailed(ILogger logger, string reason);
}
