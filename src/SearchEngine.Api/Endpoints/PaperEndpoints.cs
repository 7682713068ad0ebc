using Microsoft.AspNetCore.Http.HttpResults;
using SearchEngine.Api.Hosting;
using SearchEngine.Api.Models;
using SearchEngine.Api.Problems;
using SearchEngine.Core.Citations;
using SearchEngine.Core.Errors;

namespace SearchEngine.Api.Endpoints;

/// <summary><c>GET /api/papers/{id}</c> (the full paper) and <c>GET /api/papers/{id}/cite</c> (BibTeX or RIS).</summary>
public static class PaperEndpoints
{
    public static IEndpointRouteBuilder MapPaperEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/papers").WithTags("Papers").AddEndpointFilter<ReadyFilter>();

        group.MapGet("/{id}", GetPaper)
            .AddEndpointFilter<ETagFilter>()
            .WithName("GetPaper")
            .WithSummary("The full paper: abstract, all authors, topics (given or inferred) and sources")
            .Produces(StatusCodes.Status304NotModified);

        group.MapGet("/{id}/cite", Cite)
            .WithName("CitePaper")
            .WithSummary("The paper's citation as BibTeX (default), RIS or a plain-text reference (format=text)")
            .Produces<string>(StatusCodes.Status200OK, "application/x-bibtex", "application/x-research-info-systems", "text/plain");

        return app;
    }

    public static Results<Ok<PaperDetail>, ProblemHttpResult> GetPaper(string id, IndexState state)
    {
        var paper = state.Ready.Index.Get(id);
        return paper is null ? ApiProblems.NotFound(id) : TypedResults.Ok(PaperDetail.From(paper));
    }

    public static Results<ContentHttpResult, ProblemHttpResult> Cite(string id, string? format, IndexState state, HttpContext http)
    {
        var chosen = string.IsNullOrWhiteSpace(format) ? CitationFormat.BibTex : CitationFormat.Find(CitationFormat.ForCitation, format);
        if (chosen is null)
        {
            return ApiProblems.For(SearchErrorCode.InvalidFormat, $"format '{format}' is unknown; use {string.Join(", ", CitationFormat.ForCitation.Select(f => f.Name))}", "format");
        }
        var paper = state.Ready.Index.Get(id);
        if (paper is null) return ApiProblems.NotFound(id);
        http.Response.Headers.ContentDisposition =
            $"inline; filename=\"{CitationKey.For(paper)}.{chosen.FileExtension}\"";
        return TypedResults.Content(chosen.Format([paper]), chosen.ContentType);
    }
}
