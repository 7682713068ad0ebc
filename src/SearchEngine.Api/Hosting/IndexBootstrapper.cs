using Microsoft.Extensions.Options;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Opens the index at start. Builds it first (via <see cref="IndexPipeline"/>) when none exists at
/// <see cref="IndexSettings.Path"/> or when the sources' fingerprint differs from the one it was built from; then
/// opens it writable (the server is the single writer) and marks the API ready. Runs in the background so
/// <c>/health</c> and <c>/ready</c> (503 until then) answer during a build.
/// </summary>
public sealed partial class IndexBootstrapper(
    IndexState state,
    IOptions<IndexSettings> settings,
    IOptions<RankingOptions> ranking,
    PathResolver paths,
    ILogger<IndexBootstrapper> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => Start(stoppingToken), stoppingToken);

    private void Start(CancellationToken stoppingToken)
    {
        try
        {
            var location = new IndexLocation(paths.Resolve(settings.Value.Path));
            var sources = settings.Value.SourceList().Select(paths.Resolve).ToList();
            var existing = sources.Where(s => Directory.Exists(s) || File.Exists(s)).ToList();
            state.SetStatus("loading the embedding model");
            var embedder = Embedder.Create(settings.Value.Embeddings, Path.Combine(location.Root, "vectors"));
            if (NeedsBuild(location, existing, embedder?.Descriptor, out var reason))
            {
                if (existing.Count == 0)
                {
                    Fail($"no index at '{location.Root}' and no sources to build it from ({string.Join("; ", sources)})");
                    return;
                }
                state.SetStatus($"building the index ({reason})");
                LogBuilding(logger, location.Root, reason, string.Join("; ", existing));
                var result = IndexPipeline.Build(existing, location, stage: new Progress<string>(state.SetStatus), embedder: embedder);
                LogBuilt(logger, result.Meta.Papers, result.Report.Issues.Count);
            }
            stoppingToken.ThrowIfCancellationRequested();
            var index = PaperIndex.Open(location, ranking.Value, writable: true);
            var meta = IndexMeta.Read(location.Current!);
            state.Open(index, meta, embedder);
            LogReady(logger, location.Current!, meta.Papers);
        }
        catch (OperationCanceledException)
        {
            // shutting down before the index was open: nothing to do
        }
        catch (Exception e)
        {
            // why: a failed build or open must not stop the host: /health stays up and /ready explains the failure.
            Fail(e.Message);
        }
    }

    private bool NeedsBuild(IndexLocation location, IReadOnlyList<string> sources, EmbeddingDescriptor? embedding, out string reason)
    {
        if (!location.Exists)
        {
            reason = "no index yet";
            return true;
        }
        if (settings.Value.RebuildWhenSourcesChange && sources.Count > 0 && !IndexPipeline.IsCurrent(location, sources, embedding))
        {
            reason = "the sources or the embedding model changed since it was built";
            return true;
        }
        reason = "";
        return false;
    }

    private void Fail(string message)
    {
        state.SetStatus("failed: " + message);
        LogFailed(logger, message);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Building the index at {IndexPath} ({Reason}) from {Sources}")]
    private static partial void LogBuilding(ILogger logger, string indexPath, string reason, string sources);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index built: {Papers} papers, {Issues} ingest issues")]
    private static partial void LogBuilt(ILogger logger, int papers, int issues);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index open at {Generation}: {Papers} papers; ready")]
    private static partial void LogReady(ILogger logger, string generation, int papers);

    [LoggerMessage(Level = LogLevel.Error, Message = "The index could not be opened: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
