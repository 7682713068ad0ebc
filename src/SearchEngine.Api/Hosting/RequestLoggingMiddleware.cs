using System.Diagnostics;

namespace SearchEngine.Api.Hosting;

/// <summary>One structured log line per request: method, route template, path, status, milliseconds, request id.</summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var route = context.GetEndpoint() is RouteEndpoint endpoint ? endpoint.RoutePattern.RawText ?? "" : "(static)";
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            LogRequest(logger, context.Request.Method, route, context.Request.Path, context.Response.StatusCode,
                Math.Round(ms, 1), context.TraceIdentifier);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "{Method} {Route} {Path} -> {Status} in {Ms} ms [{RequestId}]")]
    private static partial void LogRequest(ILogger logger, string method, string route, string path, int status,
        double ms, string requestId);
}
