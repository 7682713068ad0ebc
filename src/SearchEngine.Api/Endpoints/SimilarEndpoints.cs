using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SearchEngine.Api.Hosting;
using SearchEngine.Api.Models;
using SearchEngine.Api.Problems;
using SearchEngine.Core.Errors;
using SearchEngine.Core.Search;
using SearchEngine.Core.Similar;

namespace SearchEngine.Api.Endpoints;

/// <summary>
/// "More like this": <c>GET /api/papers/{id}/similar</c> and <c>POST /api/similar</c> (pasted text), both
/// answering <c>{"hits":[…],"terms":[…]}</c> where terms say why the papers are similar.
/// </summary>
public static class SimilarEndpoints
{
    public static IEndpointRouteBuilder MapSimilarEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Similar").AddEndpointFilter<ReadyFilter>().AddEndpointFilter<SearchWorkFilter>();

        group.MapGet("/papers/{id}/similar", ForPaper)
            .WithName("SimilarToPaper")
            .WithSummary("Papers similar to a paper (never itself), with the terms that made them similar");

        group.MapPost("/similar", ForText)
            .WithName("SimilarToText")
            .WithSummary("Papers similar to a pasted text: body {\"text\": \"…\", \"size\": 10, \"mode\": \"hybrid\"}")
            .WithMetadata(new RequestSizeLimitAttribute(SimilarTextRequest.MaxBodyBytes));

        return app;
    }

    public static Results<Ok<SimilarResponse>, ProblemHttpResult> ForPaper(string id,
        [FromQuery(Name = "size"), Description("How many similar papers, 1 to 100 (default 10).")] string? size,
        [FromQuery(Name = "mode"), Description("lexical, semantic or hybrid (default: hybrid when embeddings are on, else lexical).")] string? mode,
        FilterParameters filters, IndexState state)
    {
        var request = SearchRequest.TryParse(new SearchParameters { Size = size, Filters = filters.Values }, out var errors);
        if (request is null) return ApiProblems.For(errors);
        var similar = state.Ready.SimilarModes;
        var chosen = RetrievalModes.TryParse(mode, similar.DefaultMode, similar.HasVectors, out var modeErrors);
        if (chosen is null) return ApiProblems.For(modeErrors);
        var response = similar.ForPaper(id, request.Size, request.Filters, chosen.Value);
        return response is null ? ApiProblems.NotFound(id) : TypedResults.Ok(response);
    }

    public static Results<Ok<SimilarResponse>, ProblemHttpResult> ForText([FromBody] SimilarTextRequest? body, IndexState state)
    {
        if (body is null)
        {
            return ApiProblems.For(SearchErrorCode.InvalidBody, "the body must be a JSON object like {\"text\": \"…\", \"size\": 10}", "body");
        }
        var errors = body.Validate();
        if (errors.Count > 0) return ApiProblems.For(errors);
        var similar = state.Ready.SimilarModes;
        var mode = RetrievalModes.TryParse(body.Mode, similar.DefaultMode, similar.HasVectors, out var modeErrors);
        if (mode is null) return ApiProblems.For(modeErrors);
        return TypedResults.Ok(similar.ForText(body.Text!, body.Size ?? SimilarTextRequest.DefaultSize, filters: null, mode.Value));
    }
}
