using System.Text.Json.Nodes;

namespace SearchEngine.Api.Tests.Fuzz;

/// <summary>One operation of the OpenAPI document: method, path template, parameters and accepted body types.</summary>
public sealed record OpenApiRoute(string Method, string Path, IReadOnlyList<OpenApiRoute.Parameter> Parameters,
    IReadOnlyList<string> BodyTypes)
{
    public sealed record Parameter(string Name, string In, string Type);

    /// <summary>Every operation in <paramref name="document"/> (the server's own <c>/openapi/v1.json</c>).</summary>
    public static IReadOnlyList<OpenApiRoute> All(JsonNode document)
    {
        var routes = new List<OpenApiRoute>();
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                var parameters = operation!["parameters"]?.AsArray()
                    .Select(p => new Parameter((string)p!["name"]!, (string)p["in"]!, (string?)p["schema"]?["type"] ?? "string"))
                    .ToList() ?? [];
                var bodies = operation["requestBody"]?["content"]?.AsObject().Select(c => c.Key).ToList() ?? [];
                routes.Add(new OpenApiRoute(method.ToUpperInvariant(), path, parameters, bodies));
            }
        }
        return routes;
    }
}
