using SearchEngine.Api.Problems;
using SearchEngine.Core.Errors;

namespace SearchEngine.Api.Hosting;

/// <summary>Answers 503 (problem <c>index-not-ready</c>) on API endpoints until the index is open.</summary>
public sealed class ReadyFilter(IndexState state) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!state.IsReady)
        {
            context.HttpContext.Response.Headers.RetryAfter = "2";
            return ApiProblems.For(SearchErrorCode.IndexNotReady, $"the index is not open yet ({state.Status})");
        }
        return await next(context);
    }
}
