using Microsoft.AspNetCore.Http.HttpResults;
using SearchEngine.Api.Hosting;
using SearchEngine.Api.Models;
using SearchEngine.Api.Problems;
using SearchEngine.Core.Citations;
using SearchEngine.Core.Errors;
using SearchEngine.Core.Search;

namespace SearchEngine.Api.Endpoints;

/// <summary><c>GET /api/search</c> (JSON or an export of the result page) and <c>GET /api/facets</c>.</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Search").AddEndpointFilter<ReadyFilter>().AddEndpointFilter<SearchWorkFilter>();

        group.MapGet("/search", Search)
            .AddEndpointFilter<ETagFilter>()
            .WithName("Search")
            .WithSummary("Ranked search with filters, snippets, facets and \"did you mean\"")
            .WithDescription("Repeated filter parameters OR within a dimension; dimensions AND. Facet counts are " +
                             "drill-sideways: a dimension's counts ignore its own filter. format=csv|bibtex|ris exports the page.")
            .Produces(StatusCodes.Status304NotModified)
            .Produces<string>(StatusCodes.Status200OK, "text/csv", "application/x-bibtex", "application/x-research-info-systems");

        group.MapGet("/facets", Facets)
            .AddEndpointFilter<ETagFilter>()
            .WithName("Facets")
            .WithSummary("Facet counts only (total and drill-sideways counts per dimension)")
            .Produces(StatusCodes.Status304NotModified);

        return app;
    }

    public static Results<Ok<SearchResponse>, ContentHttpResult, ProblemHttpResult> Search(
        [AsParameters] SearchQuery query, FilterParameters filters, IndexState state, HttpContext http)
    {
        var request = SearchRequest.TryParse(query.ToParameters(filters), out var errors);
        CitationFormat? format = null;
        if (!string.IsNullOrWhiteSpace(query.Format) && !string.Equals(query.Format.Trim(), "json", StringComparison.OrdinalIgnoreCase))
        {
            format = CitationFormat.Find(CitationFormat.ForExport, query.Format);
            if (format is null)
            {
                errors = [.. errors, new SearchError(SearchErrorCode.InvalidFormat, "format",
                    $"format '{query.Format}' is unknown; use json, csv, bibtex or ris")];
            }
        }
        var hybrid = state.Ready.HybridSearch;
        var mode = RetrievalModes.TryParse(query.Mode, hybrid.DefaultMode, hybrid.HasVectors, out var modeErrors);
        errors = [.. errors, .. modeErrors];
        if (request is null || mode is null || errors.Count > 0) return ApiProblems.For(errors);
        if (format is null) return TypedResults.Ok(hybrid.Search(request, mode.Value));

        http.Response.Headers.ContentDisposition =
            $"attachment; filename=\"search-page{request.Page}.{format.FileExtension}\"";
        return TypedResults.Content(format.Format(state.Ready.Search.Export(request with { Mode = mode.Value })), format.ContentType);
    }

    public static Results<Ok<FacetsResponse>, ProblemHttpResult> Facets([AsParameters] FacetsQuery query, FilterParameters filters,
        IndexState state)
    {
        var request = SearchRequest.TryParse(query.ToParameters(filters), out var errors);
        if (request is null) return ApiProblems.For(errors);
        return TypedResults.Ok(state.Ready.Search.Facets(request));
    }
}
