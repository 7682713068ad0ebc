using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SearchEngine.Api.Models;
using SearchEngine.Core.Schema;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Describes the filter query parameters of every operation that binds <see cref="FilterParameters"/>, one per
/// filterable dimension of <see cref="Dimensions"/>, so the OpenAPI document follows the same table as the code.
/// </summary>
internal sealed class FilterParametersTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var handler = context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault();
        if (handler is null || !handler.GetParameters().Any(p => p.ParameterType == typeof(FilterParameters)))
        {
            return Task.CompletedTask;
        }
        operation.Parameters ??= [];
        // why: the generator may describe the bound record itself as one opaque parameter; the dimensions replace it.
        foreach (var opaque in operation.Parameters.Where(p => string.Equals(p.Name, "filters", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            operation.Parameters.Remove(opaque);
        }
        foreach (var dimension in Dimensions.Filters)
        {
            var repeatable = dimension.Kind == DimensionKind.Keyword;
            var item = new OpenApiSchema { Type = JsonSchemaType.String };
            if (dimension.AllowedValues is { } allowed)
            {
                item.Enum = allowed.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
            }
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = dimension.Name,
                In = ParameterLocation.Query,
                Description = dimension.Description,
                Schema = repeatable ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = item } : item,
                Explode = repeatable,
            });
        }
        return Task.CompletedTask;
    }
}
