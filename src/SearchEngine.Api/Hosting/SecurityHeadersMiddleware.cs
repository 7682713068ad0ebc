namespace SearchEngine.Api.Hosting;

/// <summary>
/// Security headers on every response: a Content-Security-Policy that allows only this server's own scripts,
/// styles and images (no inline script, nothing external), nosniff, no referrer, no framing. The Scalar
/// reference under <c>/docs</c> needs inline script and styles, so only that path gets a relaxed policy.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public const string DocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var docs = context.Request.Path.StartsWithSegments("/docs") && !context.Request.Path.StartsWithSegments("/docs/errors");
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = docs ? DocsPolicy : Policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
