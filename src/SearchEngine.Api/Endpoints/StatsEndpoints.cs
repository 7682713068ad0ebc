using Microsoft.AspNetCore.Http.HttpResults;
using SearchEngine.Api.Hosting;
using SearchEngine.Core.Indexing;

namespace SearchEngine.Api.Endpoints;

/// <summary><c>GET /api/stats</c>: papers, sources, index size on disk, built-at.</summary>
public static class StatsEndpoints
{
    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Stats").AddEndpointFilter<ReadyFilter>()
            .MapGet("/stats", Stats)
            .WithName("Stats")
            .WithSummary("What the open index holds: papers, source files, size on disk, when it was built");
        return app;
    }

    public static Ok<IndexStats> Stats(IndexState state) => TypedResults.Ok(IndexStats.Of(state.Ready.Index));
}
