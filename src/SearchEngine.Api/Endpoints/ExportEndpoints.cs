using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchEngine.Api.Hosting;
using SearchEngine.Api.Models;
using SearchEngine.Api.Problems;
using SearchEngine.Core.Citations;
using SearchEngine.Core.Errors;
using SearchEngine.Core.Search;

namespace SearchEngine.Api.Endpoints;

/// <summary><c>GET /api/export</c>: every match of a search (up to <see cref="MatchExport.MaxPapers"/>) as CSV, BibTeX or RIS, streamed.</summary>
public static class ExportEndpoints
{
    public const string TotalHeader = "X-Total-Count";
    public const string CountHeader = "X-Export-Count";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Search").AddEndpointFilter<ReadyFilter>().AddEndpointFilter<SearchWorkFilter>()
            .MapGet("/export", Export)
            .WithName("Export")
            .WithSummary($"Every match of a search (at most {MatchExport.MaxPapers:N0}, in rank order) as CSV, BibTeX or RIS, streamed")
            .WithDescription($"Same query, filters and sort as /api/search. {TotalHeader} gives how many papers match, {CountHeader} how many " +
                             $"the file holds (fewer when more than {MatchExport.MaxPapers:N0} match).")
            .Produces<string>(StatusCodes.Status200OK, "text/csv", "application/x-bibtex", "application/x-research-info-systems");
        return app;
    }

    public static Results<PushStreamHttpResult, ProblemHttpResult> Export([AsParameters] ExportQuery query, FilterParameters filters,
        IndexState state, HttpContext http)
    {
        var request = SearchRequest.TryParse(query.ToParameters(filters), out var errors);
        var format = string.IsNullOrWhiteSpace(query.Format) ? CitationFormat.Csv : CitationFormat.Find(CitationFormat.ForExport, query.Format);
        if (format is null)
        {
            errors = [.. errors, new SearchError(SearchErrorCode.InvalidFormat, "format",
                $"format '{query.Format}' is unknown; use {string.Join(", ", CitationFormat.ForExport.Select(f => f.Name))}")];
        }
        var hybrid = state.Ready.HybridSearch;
        var mode = RetrievalModes.TryParse(query.Mode, hybrid.DefaultMode, hybrid.HasVectors, out var modeErrors);
        errors = [.. errors, .. modeErrors];
        if (request is null || mode is null || format is null || errors.Count > 0) return ApiProblems.For(errors);

        // why: the file holds the matches in the order the page shows them; semantic lists are not "every match".
        var export = state.Ready.Search.ExportAll(request with { Mode = mode.Value });
        http.Response.Headers[TotalHeader] = export.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers[CountHeader] = export.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // why: the searcher is released when the response ends, also when the client goes away mid-stream.
        http.Response.RegisterForDispose(export);
        return TypedResults.Stream(async body =>
        {
            await using var writer = new StreamWriter(body, new UTF8Encoding(false), 1 << 16);
            await format.WriteAsync(export.Papers, writer, http.RequestAborted);
        }, format.ContentType, $"search-export.{format.FileExtension}");
    }
}
