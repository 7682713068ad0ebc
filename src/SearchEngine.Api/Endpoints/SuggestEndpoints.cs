using System.ComponentModel;
using System.Globalization;
using Lucene.Net.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchEngine.Api.Hosting;
using SearchEngine.Api.Models;
using SearchEngine.Api.Problems;
using SearchEngine.Core.Errors;
using SearchEngine.Core.Suggest;

namespace SearchEngine.Api.Endpoints;

/// <summary><c>GET /api/suggest?q=prefix</c>: autocomplete for the search box (paper titles and author names).</summary>
public static class SuggestEndpoints
{
    public const int DefaultLimit = 8;
    public const int MaxLimit = 20;
    /// <summary>Longer prefixes cannot complete anything useful; they are cut rather than rejected.</summary>
    public const int MaxPrefixLength = 200;

    private static readonly Autocomplete Completer = new();

    public static IEndpointRouteBuilder MapSuggestEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Suggest").AddEndpointFilter<ReadyFilter>()
            .MapGet("/suggest", Suggest)
            .WithName("Suggest")
            .WithSummary("Autocomplete: authors and paper titles starting with the prefix")
            .WithDescription("Authors with several papers first, then titles, then other authors. A title suggestion carries its paper id.");
        return app;
    }

    public static Results<Ok<SuggestResponse>, ProblemHttpResult> Suggest(
        [Description("What the user typed so far.")] string? q,
        [Description("How many suggestions, 1 to 20 (default 8).")] string? limit,
        IndexState state)
    {
        var count = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit)
            && !(int.TryParse(limit.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count) && count is >= 1 and <= MaxLimit))
        {
            return ApiProblems.For(SearchErrorCode.SizeOutOfRange, $"limit '{limit}' must be a whole number from 1 to {MaxLimit}", "limit");
        }
        var prefix = q ?? "";
        if (prefix.Length > MaxPrefixLength) prefix = prefix[..MaxPrefixLength];
        using var context = state.Ready.Index.Searchers.GetContext();
        return TypedResults.Ok(new SuggestResponse(Completer.Complete(context.Reference, prefix, count)));
    }
}
