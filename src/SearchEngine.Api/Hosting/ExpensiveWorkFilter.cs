namespace SearchEngine.Api.Hosting;

/// <summary>
/// Runs an expensive request's handler (<see cref="RequestCost.Kind.Expensive"/>: fuzzy or prefix clauses, many
/// words) on the <see cref="LowPriorityThreads"/>, so it cannot slow the cheap searches beside it; other requests run
/// where they are. Only the synchronous part moves: a handler that awaits continues wherever its awaited work ends.
/// </summary>
public sealed class ExpensiveWorkFilter(LowPriorityThreads threads) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        RequestCost.Classify(context.HttpContext.Request) == RequestCost.Kind.Expensive
            ? threads.Run(() => next(context))
            : next(context);
}
