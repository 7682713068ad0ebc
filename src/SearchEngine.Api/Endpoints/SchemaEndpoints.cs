using Microsoft.AspNetCore.Http.HttpResults;
using SearchEngine.Api.Models;
using SearchEngine.Core.Schema;

namespace SearchEngine.Api.Endpoints;

/// <summary><c>GET /api/schema</c>: the filter/facet dimensions (the page builds its sidebar from them).</summary>
public static class SchemaEndpoints
{
    public static IEndpointRouteBuilder MapSchemaEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Schema")
            .MapGet("/schema", Schema)
            .WithName("Schema")
            .WithSummary("The filter and facet dimensions: name (the query parameter), label, kind, whether multi-valued, filter, facet, default facet limit");
        return app;
    }

    public static Ok<SchemaResponse> Schema() => TypedResults.Ok(SchemaResponse.From(Dimensions.All));
}
