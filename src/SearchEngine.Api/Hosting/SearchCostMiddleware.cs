using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using SearchEngine.Api.Problems;
using SearchEngine.Core.Errors;
using SearchEngine.Core.Limits;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Bounds what one <c>/api</c> request may cost (the parser already keeps only a query's first 64 clauses): a time budget
/// (<see cref="ApiSettings.TimeBudgetMs"/>; when spent, the search stops and the client gets 503
/// <c>time-budget-exceeded</c> with <c>Retry-After</c>, never partial results), one thread for an expensive request
/// (<see cref="RequestCost"/>; a cheap one may split its search over every core), and cancellation when the client
/// goes away (the search stops; nothing is written back).
/// </summary>
public sealed partial class SearchCostMiddleware(RequestDelegate next, IOptions<ApiSettings> settings, ILogger<SearchCostMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api") || RequestCost.IsWrite(request))
        {
            await next(context);
            return;
        }
        var budget = TimeSpan.FromMilliseconds(settings.Value.TimeBudgetMs);
        // why: an expensive search split over every core would take them all from the cheap searches beside it.
        var threads = RequestCost.Classify(request) == RequestCost.Kind.Expensive ? 1 : int.MaxValue;
        try
        {
            using (SearchBudget.Begin(budget, context.RequestAborted, threads))
            {
                await next(context);
            }
        }
        catch (SearchBudgetExceededException) when (!context.Response.HasStarted)
        {
            LogBudgetSpent(logger, context.TraceIdentifier, request.Path + request.QueryString, settings.Value.TimeBudgetMs);
            context.Response.Headers.RetryAfter = "1";
            await WriteProblem(context, ApiProblems.For(SearchErrorCode.TimeBudgetExceeded,
                $"the request did not finish within its {settings.Value.TimeBudgetMs:N0} ms budget and was stopped; " +
                "simplify the query (fewer fuzzy~ or prefix* words) or retry later"));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // why: the client went away; its search was stopped and there is nobody to answer (499 in the log).
            LogAbandoned(logger, context.TraceIdentifier, request.Path);
            context.Response.StatusCode = 499;
        }
        catch (BooleanQuery.TooManyClausesException) when (!context.Response.HasStarted)
        {
            // why: a backstop; one "word" that analyzes into more than 1,024 terms would otherwise be a 500.
            await WriteProblem(context, ApiProblems.For(SearchErrorCode.TooManyTerms,
                "the query expands to too many terms; use fewer or longer words", "q"));
        }
    }

    private static Task WriteProblem(HttpContext context, IResult problem) => problem.ExecuteAsync(context);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {RequestId} {Path} stopped after its {BudgetMs} ms budget")]
    private static partial void LogBudgetSpent(ILogger logger, string requestId, string path, int budgetMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Request {RequestId} {Path} cancelled: the client went away")]
    private static partial void LogAbandoned(ILogger logger, string requestId, string path);
}
