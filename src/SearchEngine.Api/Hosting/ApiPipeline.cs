using Scalar.AspNetCore;
using SearchEngine.Api.Endpoints;

namespace SearchEngine.Api.Hosting;

/// <summary>The middleware order and endpoint map of the API host (called once from Program.cs).</summary>
public static class ApiPipeline
{
    public static WebApplication UseSearchApi(this WebApplication app)
    {
        // Outermost first: every response (errors and 304s included) gets a request id, a log line, security headers.
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<HeadMiddleware>();
        app.UseMiddleware<ProtocolGuardMiddleware>();
        // why: explicit, so endpoints are matched after HEAD became GET (implicitly it would run first).
        app.UseRouting();
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.UseMiddleware<SearchCostMiddleware>();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseDefaultFiles();
        app.UseStaticFiles();

        // why: the constraint makes an unknown document name a 404 problem (the handler's own 404 is plain text).
        app.MapOpenApi("/openapi/{documentName:regex(^v1$)}.json");
        app.MapScalarApiReference("/docs", options => options
            .WithTitle("Paper Search API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts());

        app.MapHealthEndpoints();
        app.MapSearchEndpoints();
        app.MapPaperEndpoints();
        app.MapExportEndpoints();
        app.MapPaperWriteEndpoints();
        app.MapSimilarEndpoints();
        app.MapSuggestEndpoints();
        app.MapStatsEndpoints();
        app.MapSchemaEndpoints();
        return app;
    }
}
