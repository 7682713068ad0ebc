using Microsoft.Extensions.Options;
using SearchEngine.Core.Indexing;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Opens the index at start. When none exists at <see cref="IndexSettings.Path"/> it builds one first (the API
/// answers 503 until then: there is nothing to serve). When one exists but the sources changed since it was built,
/// it serves the existing one at once and rebuilds in the background on one indexing thread less than the cores,
/// at lower CPU priority (<see cref="IndexPipeline.Settings.LowPriority"/>), leaving the CPU to searches;
/// <see cref="LiveIndex"/> then switches to the new generation. Partial generations left by killed
/// builds are removed first. Runs on its own thread so <c>/health</c> and <c>/ready</c> answer throughout.
/// </summary>
public sealed partial class IndexBootstrapper(
    IndexState state,
    LiveIndex live,
    IOptions<IndexSettings> settings,
    PathResolver paths,
    ILogger<IndexBootstrapper> logger) : BackgroundService
{
    /// <summary>How long a first build waits for another builder (e.g. a running <c>searchengine index</c>).</summary>
    private static readonly TimeSpan FirstBuildLockWait = TimeSpan.FromHours(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        // why: a build holds its thread for minutes; a dedicated thread keeps it off the request thread pool.
        Task.Factory.StartNew(() => Start(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Start(CancellationToken stoppingToken)
    {
        try
        {
            var location = live.Location;
            location.RemoveOrphans();
            var sources = settings.Value.SourceList().Select(paths.Resolve).ToList();
            var existing = sources.Where(s => Directory.Exists(s) || File.Exists(s)).ToList();
            state.SetStatus("loading the embedding model");
            var embedding = live.LoadEmbedder()?.Descriptor;
            if (!location.Exists)
            {
                if (existing.Count == 0)
                {
                    Fail($"no index at '{location.Root}' and no sources to build it from ({string.Join("; ", sources)})");
                    return;
                }
                state.SetStatus("building the index (no index yet)");
                Build(location, existing, "no index yet", new IndexPipeline.Settings { LockWait = FirstBuildLockWait },
                    new Progress<string>(state.SetStatus));
            }
            stoppingToken.ThrowIfCancellationRequested();
            live.OpenCurrent();
            LogReady(logger, location.Current ?? location.Root, state.Ready.Meta.Papers);
            if (settings.Value.RebuildWhenSourcesChange && existing.Count > 0 && !IndexPipeline.IsCurrent(location, existing, embedding))
            {
                RebuildInBackground(location, existing, stoppingToken);
            }
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

    private void RebuildInBackground(IndexLocation location, IReadOnlyList<string> sources, CancellationToken stoppingToken)
    {
        try
        {
            // why: the server keeps answering from the open generation; one indexing thread less than the cores
            // leaves a core to searches, and at lower priority (on threads of their own, not the request pool's) the
            // indexing threads yield the CPU to searches when both want it.
            var threads = Math.Max(1, Environment.ProcessorCount - 1);
            Build(location, sources, "the sources or the embedding model changed since it was built",
                new IndexPipeline.Settings { Threads = threads, LowPriority = true });
            stoppingToken.ThrowIfCancellationRequested();
            live.SwitchIfPublishedAsync(stoppingToken).GetAwaiter().GetResult();
        }
        catch (IndexLockedException e)
        {
            // another process is rebuilding; its publish is picked up by the watcher
            LogRebuildSkipped(logger, e.Message);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            // why: the served generation stays; the failure is logged, not fatal.
            LogRebuildFailed(logger, e.Message);
        }
    }

    // stage: where build stages are reported (the first build shows them on /ready; a background one does not).
    private void Build(IndexLocation location, IReadOnlyList<string> sources, string reason, IndexPipeline.Settings buildSettings,
        IProgress<string>? stage = null)
    {
        LogBuilding(logger, location.Root, reason, string.Join("; ", sources));
        var result = IndexPipeline.Build(sources, location, stage: stage, settings: buildSettings,
            embedder: live.Embedder);
        LogBuilt(logger, result.Meta.Papers, result.Report.Issues.Count);
        foreach (var issue in result.Report.Issues.Take(20)) LogIssue(logger, issue.ToString());
    }

    private void Fail(string message)
    {
        state.SetStatus("failed: the index could not be opened (see the server log)");
        LogFailed(logger, message);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Building the index at {IndexPath} ({Reason}) from {Sources}")]
    private static partial void LogBuilding(ILogger logger, string indexPath, string reason, string sources);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index built: {Papers} papers, {Issues} ingest issues")]
    private static partial void LogBuilt(ILogger logger, int papers, int issues);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ingest issue: {Issue}")]
    private static partial void LogIssue(ILogger logger, string issue);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index open at {Generation}: {Papers} papers; ready")]
    private static partial void LogReady(ILogger logger, string generation, int papers);

    [LoggerMessage(Level = LogLevel.Information, Message = "Background rebuild skipped: {Reason}")]
    private static partial void LogRebuildSkipped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Background rebuild failed; still serving the previous generation: {Reason}")]
    private static partial void LogRebuildFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The index could not be opened: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
