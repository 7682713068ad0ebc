using System.Text.Json;
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
    /// <summary>Largest accepted body of <c>POST /api/similar</c> (64 KB: far more than any abstract).</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapSimilarEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Similar").AddEndpointFilter<ReadyFilter>();

        group.MapGet("/papers/{id}/similar", ForPaper)
            .WithName("SimilarToPaper")
            .WithSummary("Papers similar to a paper (never itself), with the terms that made them similar");

        group.MapPost("/similar", ForText)
            .WithName("SimilarToText")
            .WithSummary("Papers similar to a pasted text: body {\"text\": \"…\", \"size\": 10}")
            .Accepts<SimilarTextRequest>("application/json")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));

        return app;
    }

    public static Results<Ok<SimilarResponse>, ProblemHttpResult> ForPaper(string id, [AsParameters] FilterQuery query, IndexState state)
    {
        var request = SearchRequest.TryParse(query.ToParameters(), out var errors);
        if (request is null) return ApiProblems.For(errors);
        var response = state.Ready.Similar.ForPaper(id, request.Size, request.Filters);
        return response is null ? ApiProblems.NotFound(id) : TypedResults.Ok(response);
    }

    public static async Task<Results<Ok<SimilarResponse>, ProblemHttpResult>> ForText(HttpRequest http, IndexState state,
        CancellationToken cancellationToken)
    {
        if (http.ContentLength > MaxBodyBytes) return TooLarge();
        var body = await ReadAtMost(http.Body, MaxBodyBytes + 1, cancellationToken);
        if (body.Length > MaxBodyBytes) return TooLarge();

        SimilarTextRequest? input;
        try
        {
            input = JsonSerializer.Deserialize<SimilarTextRequest>(body, Core.Search.SearchJson.Options);
        }
        catch (JsonException)
        {
            input = null;
        }
        if (input is null)
        {
            return ApiProblems.For(SearchErrorCode.InvalidBody,
                "the body must be a JSON object like {\"text\": \"…\", \"size\": 10}", "body");
        }
        var errors = new List<SearchError>();
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            errors.Add(new SearchError(SearchErrorCode.MissingText, "text", "text is required: the title or abstract to compare with"));
        }
        var request = SearchRequest.TryParse(new SearchParameters { Size = input.Size?.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            out var sizeErrors);
        errors.AddRange(sizeErrors);
        if (errors.Count > 0 || request is null) return ApiProblems.For(errors);
        return TypedResults.Ok(state.Ready.Similar.ForText(input.Text!, request.Size));
    }

    private static ProblemHttpResult TooLarge() =>
        ApiProblems.For(SearchErrorCode.BodyTooLarge, $"the request body must be at most {MaxBodyBytes} bytes", "body");

    private static async Task<byte[]> ReadAtMost(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while (buffer.Length < limit && (read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
