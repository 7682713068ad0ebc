using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SearchEngine.Api.Hosting;
using SearchEngine.Api.Problems;
using SearchEngine.Core.Suggest;

namespace SearchEngine.Api.Endpoints;

/// <summary><c>GET /api/suggest?q=prefix</c>: autocomplete for the search box (paper titles and author names).</summary>
public static class SuggestEndpoints
{
    public static IEndpointRouteBuilder MapSuggestEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Suggest").AddEndpointFilter<ReadyFilter>().AddEndpointFilter<SearchWorkFilter>()
            .MapGet("/suggest", Suggest)
            .WithName("Suggest")
            .WithSummary("Autocomplete: authors and paper titles starting with the prefix")
            .WithDescription("Authors with several papers first, then titles, then other authors. A title suggestion carries its paper id.");
        return app;
    }

    public static Results<Ok<SuggestResponse>, ProblemHttpResult> Suggest(
        [FromQuery(Name = "q"), Description("What the user typed so far.")] string? q,
        [FromQuery(Name = "limit"), Description("How many suggestions, 1 to 20 (default 8).")] string? limit,
        IndexState state)
    {
        var request = SuggestRequest.TryParse(q, limit, out var errors);
        return request is null ? ApiProblems.For(errors) : TypedResults.Ok(state.Ready.Suggest.Complete(request));
    }
}
