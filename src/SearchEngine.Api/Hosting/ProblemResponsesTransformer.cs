using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SearchEngine.Api.Problems;
using SearchEngine.Core.Errors;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Documents the problem responses (<c>application/problem+json</c>, RFC 7807) of every operation, from what the
/// operation takes: 400 when it has query parameters or a body, 404 for a paper id in the path, 413 and 415 for a body,
/// 503 for everything under <c>/api</c> and <c>/ready</c> (answered until the index is open). Each names the
/// catalogued codes (<see cref="SearchErrors"/>) it can carry; <c>/docs/errors</c> describes them all.
/// </summary>
internal sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var path = context.Description.RelativePath ?? "";
        var hasQuery = operation.Parameters?.Any(p => p.In == ParameterLocation.Query) == true;
        var hasBody = operation.RequestBody is not null;
        if (hasQuery || hasBody)
        {
            var codes = SearchErrors.All.Where(d => d.Status == 400).Select(d => d.Name);
            Add(operation, 400, "Invalid parameters or body; every problem is listed in errors. Codes: " + string.Join(", ", codes) + ".");
        }
        if (path.Contains("{id}", StringComparison.Ordinal))
        {
            Add(operation, 404, "No paper has this id (paper-not-found).");
        }
        if (hasBody)
        {
            Add(operation, 413, "The body is larger than the endpoint accepts (body-too-large).");
            Add(operation, 415, "The body is not application/json (unsupported-media-type).");
        }
        if (path.StartsWith("api/", StringComparison.Ordinal) || path == "ready")
        {
            Add(operation, 503, "The index is not open yet (index-not-ready); retry after Retry-After seconds.");
        }
        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, int status, string description)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses.ContainsKey(key)) return;
        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ApiProblems.ContentType] = new() { Schema = ProblemSchema() },
            },
        };
    }

    private static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "/docs/errors#<code>" },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The catalogued error code." },
            ["requestId"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["code"] = new OpenApiSchema { Type = JsonSchemaType.String },
                        ["parameter"] = new OpenApiSchema { Type = JsonSchemaType.String },
                        ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    },
                },
            },
        },
    };
}
