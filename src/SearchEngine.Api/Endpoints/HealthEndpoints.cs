using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchEngine.Api.Hosting;
using SearchEngine.Api.Models;
using SearchEngine.Api.Problems;
using SearchEngine.Core.Errors;

namespace SearchEngine.Api.Endpoints;

/// <summary><c>/health</c> (the process answers), <c>/ready</c> (the index is open) and <c>/docs/errors</c> (the error catalog).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", Health).WithTags("Health").WithName("Health").WithSummary("Liveness: the server answers");
        app.MapGet("/ready", Ready).WithTags("Health").WithName("Ready")
            .WithSummary("Readiness: 200 once the index is open (with the server's last own rebuild), 503 problem while it is being built or after a failed start");
        app.MapGet("/docs/errors", Errors).ExcludeFromDescription();
        return app;
    }

    public static Ok<StatusResponse> Health() => TypedResults.Ok(new StatusResponse("healthy"));

    public static Results<Ok<StatusResponse>, ProblemHttpResult> Ready(IndexState state) =>
        state.IsReady
            ? TypedResults.Ok(new StatusResponse("ready", state.Ready.Meta.Papers, state.Rebuild))
            : ApiProblems.For(SearchErrorCode.IndexNotReady, $"the index is not open yet ({state.Status})");

    /// <summary>The page problem <c>type</c> URIs point at: one anchored row per catalogued error.</summary>
    public static ContentHttpResult Errors()
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Paper Search errors</title>")
            .Append("<link rel=\"stylesheet\" href=\"/app.css\"></head><body class=\"doc\"><h1>Error codes</h1>")
            .Append("<p>Every error is an RFC 7807 problem whose <code>type</code> points here and whose <code>code</code> names the row.</p>")
            .Append("<table><thead><tr><th>code</th><th>status</th><th>title</th></tr></thead><tbody>");
        foreach (var d in SearchErrors.All)
        {
            html.Append($"<tr id=\"{WebUtility.HtmlEncode(d.Name)}\"><td><code>{WebUtility.HtmlEncode(d.Name)}</code></td><td>{d.Status}</td><td>{WebUtility.HtmlEncode(d.Title)}</td></tr>");
        }
        html.Append($"<tr id=\"{ApiExceptionHandler.InternalErrorCode}\"><td><code>{ApiExceptionHandler.InternalErrorCode}</code></td><td>500</td><td>Internal server error</td></tr>");
        html.Append("</tbody></table></body></html>");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }
}
