using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchEngine.Api.Hosting;
using SearchEngine.Api.Models;
using SearchEngine.Api.Problems;
using SearchEngine.Core.Errors;
using SearchEngine.Core.Exchange;
using SearchEngine.Core.Journal;

namespace SearchEngine.Api.Endpoints;

/// <summary>
/// <c>POST /api/papers</c> (one paper as <c>application/json</c>, or many as <c>application/x-ndjson</c>, streamed) and
/// <c>DELETE /api/papers/{id}</c>. Papers are in the exchange schema (docs/data-format.md) and upserted by id. A 2xx
/// means durable (fsynced to the index root's journal) and visible to search. Needs a write key (<see cref="WriteKeyFilter"/>).
/// </summary>
public static class PaperWriteEndpoints
{
    public const string NdjsonType = "application/x-ndjson";
    /// <summary>Entries per journal append and index commit while streaming NDJSON.</summary>
    private const int BatchSize = 1000;
    /// <summary>A single JSON paper larger than this is refused (413).</summary>
    private const long MaxSingleBytes = 1 << 20;
    /// <summary>An NDJSON stream may be this large (Kestrel's default of 30 MB is raised for it).</summary>
    private const long MaxStreamBytes = 1L << 30;
    /// <summary>Rejected lines listed in full; more are counted in the detail.</summary>
    private const int MaxListedErrors = 100;
    /// <summary>Names the API in a written paper's source (<c>sources[].file</c>).</summary>
    private const string Source = "api";

    public static IEndpointRouteBuilder MapPaperWriteEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/papers").WithTags("Papers")
            .AddEndpointFilter<WriteKeyFilter>()
            .AddEndpointFilter<ReadyFilter>();

        group.MapPost("/", Write)
            .WithName("WritePapers")
            .WithSummary("Add or replace papers by id: one JSON object, or NDJSON (one per line). Needs a write key")
            .Accepts<PaperJson>("application/json", NdjsonType)
            .Produces<WriteResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapDelete("/{id}", Delete)
            .WithName("DeletePaper")
            .WithSummary("Delete a paper by id (durable, and gone from search when this returns). Needs a write key")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    public static async Task<Results<Ok<WriteResponse>, ProblemHttpResult>> Write(HttpRequest http, LiveIndex live,
        CancellationToken cancellationToken)
    {
        var mediaType = http.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "application/json" => await WriteOne(http, live, cancellationToken),
            NdjsonType or "application/jsonl" or "application/x-jsonlines" => await WriteStream(http, live, cancellationToken),
            _ => ApiProblems.For(SearchErrorCode.UnsupportedMediaType,
                $"send one paper as application/json or many as {NdjsonType} (one JSON object per line)", "Content-Type"),
        };
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(string id, IndexState state, LiveIndex live,
        CancellationToken cancellationToken)
    {
        if (state.Ready.Index.Get(id) is null) return ApiProblems.NotFound(id);
        await live.WriteAsync([JournalEntry.Delete(id)], cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<WriteResponse>, ProblemHttpResult>> WriteOne(HttpRequest http, LiveIndex live,
        CancellationToken cancellationToken)
    {
        if (http.ContentLength > MaxSingleBytes) return TooLarge();
        using var body = new MemoryStream();
        await http.Body.CopyToAsync(body, cancellationToken);
        if (body.Length > MaxSingleBytes) return TooLarge();
        var text = Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length);
        var written = WrittenPaperReader.Parse(text, Source, 1);
        if (written.Paper is not { } paper) return ApiProblems.For(SearchErrorCode.InvalidPaper, written.Error!, "body");
        await live.WriteAsync([JournalEntry.Upsert(paper)], CancellationToken.None);
        return TypedResults.Ok(new WriteResponse(1, [paper.Id], []));
    }

    private static async Task<Results<Ok<WriteResponse>, ProblemHttpResult>> WriteStream(HttpRequest http, LiveIndex live,
        CancellationToken cancellationToken)
    {
        if (http.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxStreamBytes;
        }
        var ids = new List<string>();
        var errors = new List<WriteResponse.LineError>();
        var errorCount = 0;
        var batch = new List<JournalEntry>(BatchSize);
        using var reader = new StreamReader(http.Body, Encoding.UTF8);
        await foreach (var line in WrittenPaperReader.ReadAsync(reader, Source, cancellationToken))
        {
            if (line.Paper is not { } paper)
            {
                errorCount++;
                if (errors.Count < MaxListedErrors) errors.Add(new WriteResponse.LineError(line.Line, line.Error!));
                continue;
            }
            batch.Add(JournalEntry.Upsert(paper));
            ids.Add(paper.Id);
            if (batch.Count == BatchSize)
            {
                await live.WriteAsync(batch, CancellationToken.None);
                batch = new List<JournalEntry>(BatchSize);
            }
        }
        await live.WriteAsync(batch, CancellationToken.None);
        if (ids.Count == 0)
        {
            if (errors.Count == 0)
            {
                return ApiProblems.For(SearchErrorCode.InvalidPaper, "the body holds no paper (one JSON object per line)", "body");
            }
            return ApiProblems.For([.. errors.Select(e => new SearchError(SearchErrorCode.InvalidPaper, $"line {e.Line}", $"line {e.Line}: {e.Detail}"))]);
        }
        if (errorCount > errors.Count)
        {
            errors.Add(new WriteResponse.LineError(0, $"{errorCount - errors.Count:N0} more rejected lines not listed"));
        }
        return TypedResults.Ok(new WriteResponse(ids.Count, ids, errors));
    }

    private static ProblemHttpResult TooLarge() =>
        ApiProblems.For(SearchErrorCode.BodyTooLarge,
            $"one paper may be at most {MaxSingleBytes / 1024:N0} KiB; send many as {NdjsonType}", "body");
}
