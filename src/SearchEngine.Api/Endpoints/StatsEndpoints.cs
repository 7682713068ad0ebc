using Lucene.Net.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchEngine.Api.Hosting;
using SearchEngine.Api.Models;

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

    public static Ok<StatsResponse> Stats(IndexState state)
    {
        var ready = state.Ready;
        int papers;
        using (var context = ready.Index.Searchers.GetContext())
        {
            papers = context.Reference.IndexReader.NumDocs;
        }
        var path = ready.Index.Path;
        var size = path is not null && Directory.Exists(path)
            ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
            : 0;
        return TypedResults.Ok(new StatsResponse
        {
            Papers = papers,
            Sources = ready.Meta.SourceFiles.Count,
            SourceFiles = ready.Meta.SourceFiles,
            IndexSizeBytes = size,
            BuiltAt = ready.Meta.BuiltAt,
            Generation = path is null ? "" : Path.GetFileName(path),
        });
    }
}
