using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace SearchEngine.Browser.Tests;

/// <summary>
/// TEMPORARY, test-only: lets the page (coded against the issue-9 API contract) run over a backend that does not
/// serve that contract yet. It steps aside by itself once the backend does: <c>/api/schema</c> is answered only when
/// the server says 404, and a hit's <c>snippet</c> is converted only while it is still an HTML string.
/// Delete this file (and its registration in <see cref="BrowserApiFactory"/>) when the backend lands.
/// </summary>
internal sealed partial class ContractBridge(RequestDelegate next)
{
    // The contract's dimension list as the current backend can serve it: hasCode is a filter, not yet a facet.
    private const string Schema = """
        {"dimensions":[
          {"name":"year","label":"Year","kind":"year","multiValued":false,"filter":true,"facet":true,"facetLimit":10},
          {"name":"venue","label":"Venue","kind":"keyword","multiValued":false,"filter":true,"facet":true,"facetLimit":10},
          {"name":"topic","label":"Topic","kind":"keyword","multiValued":true,"filter":true,"facet":true,"facetLimit":10},
          {"name":"type","label":"Type","kind":"keyword","multiValued":false,"filter":true,"facet":true,"facetLimit":10},
          {"name":"author","label":"Author","kind":"keyword","multiValued":true,"filter":true,"facet":true,"facetLimit":10},
          {"name":"hasCode","label":"Code","kind":"boolean","multiValued":false,"filter":true,"facet":false,"facetLimit":2}]}
        """;

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var schema = path == "/api/schema";
        var hits = (path == "/api/search" && !context.Request.Query.ContainsKey("format"))
                   || SimilarPath().IsMatch(path);
        if (!schema && !hits)
        {
            await next(context);
            return;
        }

        context.Request.Headers.AcceptEncoding = "identity";
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try { await next(context); }
        finally { context.Response.Body = original; }

        var body = buffer.ToArray();
        if (schema && context.Response.StatusCode == (int)HttpStatusCode.NotFound)
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            body = Encoding.UTF8.GetBytes(Schema);
        }
        else if (hits && context.Response.StatusCode == 200 && body.Length > 0)
        {
            var json = JsonNode.Parse(body)!;
            foreach (var hit in json["hits"]?.AsArray() ?? [])
            {
                if (hit is null) continue;
                if (hit["snippet"] is JsonValue html && html.TryGetValue<string>(out var text)) hit["snippet"] = FromHtml(text);
                hit["titleHighlights"] ??= new JsonArray();
            }
            body = Encoding.UTF8.GetBytes(json.ToJsonString());
        }
        context.Response.ContentLength = body.Length;
        await original.WriteAsync(body);
    }

    /// <summary>The old snippet HTML (escaped text with &lt;mark&gt;) as {text, highlights} in UTF-16 code units.</summary>
    private static JsonNode? FromHtml(string html)
    {
        if (html.Length == 0) return null;
        var text = new StringBuilder();
        var highlights = new JsonArray();
        var parts = Mark().Split(html);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = WebUtility.HtmlDecode(parts[i]);
            if (i % 2 == 1) highlights.Add(new JsonObject { ["start"] = text.Length, ["length"] = part.Length });
            text.Append(part);
        }
        return new JsonObject { ["text"] = text.ToString(), ["highlights"] = highlights };
    }

    [GeneratedRegex("<mark>(.*?)</mark>", RegexOptions.Singleline)]
    private static partial Regex Mark();

    [GeneratedRegex("^/api/papers/[^/]+/similar$")]
    private static partial Regex SimilarPath();
}

/// <summary>Puts <see cref="ContractBridge"/> in front of the whole pipeline.</summary>
internal sealed class ContractBridgeStartup : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<ContractBridge>();
        next(app);
    };
}
