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
        var group = app.MapGroup("/api").WithTags("Similar").AddEndpointFilter<ReadyFilter>();

        group.MapGet("/papers/{id}/similar", ForPaper)
            .WithName("SimilarToPaper")
            .WithSummary("Papers similar to a paper (never itself), with the terms that made them similar");

        group.MapPost("/similar", ForText)
            .WithName("SimilarToText")
            .WithSummary("Papers similar to a pasted text: body {\"text\": \"…\", \"size\": 10}")
            .WithMetadata(new RequestSizeLimitAttribute(SimilarTextRequest.MaxBodyBytes));

        return app;
    }

    public static Results<Ok<SimilarResponse>, ProblemHttpResult> ForPaper(string id,
        [FromQuery(Name = "size"), Description("How many similar papers, 1 to 100 (default 10).")] string? size,
        FilterParameters filters, IndexState state)
    {
        var request = SearchRequest.TryParse(new SearchParameters { Size = size, Filters = filters.Values }, out var errors);
        if (request is null) return ApiProblems.For(errors);
        var response = state.Ready.Similar.ForPaper(id, request.Size, request.Filters);
        return response is null ? ApiProblems.NotFound(id) : TypedResults.Ok(response);
    }

    public static Results<Ok<SimilarResponse>, ProblemHttpResult> ForText([FromBody] SimilarTextRequest? body, IndexState state)
    {
        if (body is null)
        {
            return ApiProblems.For(SearchErrorCode.InvalidBody, "the body must be a JSON object like {\"text\": \"…\", \"size\": 10}", "body");
        }
        var errors = body.Validate();
        return errors.Count > 0 ? ApiProblems.For(errors) : TypedResults.Ok(state.Ready.Similar.ForText(body));
    }
}
