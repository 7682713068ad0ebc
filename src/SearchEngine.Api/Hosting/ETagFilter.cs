using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Adds an <c>ETag</c> to a 200 JSON result and answers <c>304 Not Modified</c> when the request's
/// <c>If-None-Match</c> holds it. Applied to the cacheable GETs (search, facets, paper).
/// </summary>
public sealed class ETagFilter(IndexState state, IOptions<JsonOptions> json) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        // why: a handler returning Results<Ok<T>, …> yields the union wrapper; the chosen result is nested inside.
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        if (inner is not (IValueHttpResult { Value: { } value } and IStatusCodeHttpResult { StatusCode: 200 }))
        {
            return result;
        }
        var http = context.HttpContext;
        var etag = ETags.Compute(value, state.Ready.Generation, json.Value.SerializerOptions);
        http.Response.Headers.ETag = etag;
        // why: clients may keep the response but must revalidate (a cheap 304) because the index can change.
        http.Response.Headers.CacheControl = "no-cache";
        return ETags.Matches(http.Request.Headers.IfNoneMatch, etag) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : result;
    }
}
