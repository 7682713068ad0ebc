using SearchEngine.Api.Problems;
using SearchEngine.Core.Errors;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Answers 503 (problem <c>index-not-ready</c>) on API endpoints until the index is open; afterwards leases the
/// current index for the request (<see cref="IndexState.Lease"/>) so a generation switch cannot dispose it mid-way.
/// </summary>
public sealed class ReadyFilter(IndexState state) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var lease = state.Lease();
        if (lease is null)
        {
            context.HttpContext.Response.Headers.RetryAfter = "2";
            return ApiProblems.For(SearchErrorCode.IndexNotReady, $"the index is not open yet ({state.Status})");
        }
        // why: results are written after the filter returns (and exports stream); keep the lease to the end.
        context.HttpContext.Response.RegisterForDispose(lease);
        return await next(context);
    }
}
