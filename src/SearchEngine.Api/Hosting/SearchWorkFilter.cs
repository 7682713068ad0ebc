using SearchEngine.Core.Limits;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Schedules a request's synchronous search work: an expensive request (<see cref="RequestCost.Kind.Expensive"/>:
/// fuzzy or prefix clauses, many words) runs on the <see cref="LowPriorityThreads"/>, so it cannot slow the cheap
/// searches beside it; a cheap one waits its turn at the <see cref="SearchGate"/> (one per core at a time) and then
/// runs where it is. Only the handler is scheduled: the response is written after its slot is given back.
/// </summary>
public sealed class SearchWorkFilter(LowPriorityThreads threads, SearchGate gate) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (RequestCost.Classify(http.Request) == RequestCost.Kind.Expensive) return await threads.Run(() => next(context));
        using var slot = await gate.EnterAsync(http.RequestAborted);
        // why: the time budget is for the work, not for the wait (docs/api.md, Limits), and a search splits over
        // several cores only while no other request waits for them.
        using (SearchBudget.Restart(gate.HasIdleSlot ? int.MaxValue : 1))
        {
            return await next(context);
        }
    }
}
