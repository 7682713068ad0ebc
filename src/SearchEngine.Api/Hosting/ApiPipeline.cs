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
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseDefaultFiles();
        app.UseStaticFiles();

        app.MapOpenApi();
        app.MapScalarApiReference("/docs", options => options
            .WithTitle("Paper Search API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts());

        app.MapHealthEndpoints();
        app.MapSearchEndpoints();
        app.MapPaperEndpoints();
        app.MapExportEndpoints();
        app.MapSimilarEndpoints();
        app.MapSuggestEndpoints();
        app.MapStatsEndpoints();
        app.MapSchemaEndpoints();
        return app;
    }
}
