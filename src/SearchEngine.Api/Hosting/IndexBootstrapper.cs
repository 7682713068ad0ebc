using Microsoft.Extensions.Options;
using SearchEngine.Api.Models;
using SearchEngine.Core.Indexing;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Opens the index at start, and builds it whenever it must: when none exists at <see cref="IndexSettings.Path"/>
/// (the API answers 503 until then: there is nothing to serve), and when the sources change, at start or while it
/// runs (polled every <see cref="SourcePollInterval"/>). Every build runs in a child process at nice 10
/// (<see cref="RebuildProcess"/>); meanwhile the server serves the generation it has, and <see cref="LiveIndex"/>
/// switches to the new one when it is published. <c>/ready</c> reports the last rebuild
/// (<see cref="IndexState.Rebuild"/>). Partial generations left by killed builds are removed at start and after a
/// failed build. Runs on its own thread so <c>/health</c> and <c>/ready</c> answer throughout.
/// </summary>
public sealed partial class IndexBootstrapper(
    IndexState state,
    LiveIndex live,
    RebuildProcess rebuild,
    IOptions<IndexSettings> settings,
    PathResolver paths,
    ILogger<IndexBootstrapper> logger) : BackgroundService
{
    /// <summary>
    /// How long a build waits for another builder (a running <c>searchengine index</c>, <c>add</c>) before failing.
    /// </summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromHours(1);

    /// <summary>How often the sources' names, sizes and modification times are compared with the last build's.</summary>
    public static readonly TimeSpan SourcePollInterval = TimeSpan.FromSeconds(2);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        // why: the loop blocks on child builds for minutes; a dedicated thread keeps it off the request thread pool.
        Task.Factory.StartNew(() => Run(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Run(CancellationToken stoppingToken)
    {
        try
        {
            var location = live.Location;
            location.RemoveOrphans();
            var sources = settings.Value.SourceList().Select(paths.Resolve).ToList();
            var stamp = SourceFingerprint.Stamp(sources);
            state.SetStatus("loading the embedding model");
            live.LoadEmbedder();
            if (!location.Exists)
            {
                if (Existing(sources).Count == 0)
                {
                    Fail($"no index at '{location.Root}' and no sources to build it from ({string.Join("; ", sources)})");
                    return;
                }
                state.SetStatus("building the index (no index yet)");
                var first = Build(location, sources, "no index yet",
                    s => state.SetStatus($"building the index (no index yet): {s}"), stoppingToken);
                if (!first.Succeeded)
                {
                    Fail(first.Summary);
                    return;
                }
            }
            stoppingToken.ThrowIfCancellationRequested();
            live.OpenCurrent();
            LogReady(logger, location.Current ?? location.Root, state.Ready.Meta.Papers);
            if (!settings.Value.RebuildWhenSourcesChange || sources.Count == 0) return;
            RebuildIfChanged(location, sources, stoppingToken);
            WatchSources(location, sources, stamp, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // shutting down: a running child build was killed
        }
        catch (Exception e)
        {
            // why: a failed build or open must not stop the host: /health stays up and /ready explains the failure.
            Fail(e.Message);
        }
    }

    /// <summary>
    /// Polls the sources' stamp; when it changed and then held still for one poll (a file being copied in is not
    /// built half-written), rebuilds if the index no longer matches them. A failed build is retried only after
    /// another change.
    /// </summary>
    private void WatchSources(IndexLocation location, IReadOnlyList<string> sources, string built, CancellationToken stoppingToken)
    {
        string? settling = null;
        while (!stoppingToken.WaitHandle.WaitOne(SourcePollInterval))
        {
            try
            {
                var now = SourceFingerprint.Stamp(sources);
                if (now == built) continue;
                if (now != settling)
                {
                    settling = now;
                    continue;
                }
                built = now;
                RebuildIfChanged(location, sources, stoppingToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // why: a source folder being replaced may vanish for a moment; the next poll sees it again.
                LogSourcesUnreadable(logger, e.Message);
            }
        }
    }

    private void RebuildIfChanged(IndexLocation location, IReadOnlyList<string> sources, CancellationToken stoppingToken)
    {
        var existing = Existing(sources);
        if (existing.Count == 0 || IndexPipeline.IsCurrent(location, existing, live.Embedder?.Descriptor)) return;
        var started = DateTimeOffset.UtcNow;
        state.Rebuild = new RebuildStatus(RebuildStatus.Running, started, Stage: "starting");
        string summary;
        try
        {
            var outcome = Build(location, sources, "the sources or the embedding model changed since it was built",
                s => state.Rebuild = new RebuildStatus(RebuildStatus.Running, started, Stage: s), stoppingToken);
            if (outcome.Succeeded)
            {
                // why now and not at the watcher's next poll: /ready says "succeeded" once the new generation serves.
                live.SwitchIfPublishedAsync(stoppingToken).GetAwaiter().GetResult();
                state.Rebuild = new RebuildStatus(RebuildStatus.Succeeded, started, EndedAt: DateTimeOffset.UtcNow,
                    Papers: outcome.Papers);
                return;
            }
            summary = outcome.Summary;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // why: the child could not be started, or the new generation not opened; the served one stays.
            LogRebuildFailed(logger, e.Message);
            summary = "the rebuild could not be completed (the reason is in the server log)";
        }
        state.Rebuild = new RebuildStatus(RebuildStatus.Failed, started,
            Detail: $"{summary}; still serving the previous generation", EndedAt: DateTimeOffset.UtcNow);
        // why: a killed child leaves its partial generation; removed here unless another builder holds the lock.
        location.RemoveOrphans();
    }

    private RebuildProcess.Outcome Build(IndexLocation location, IReadOnlyList<string> sources, string reason,
        Action<string> stage, CancellationToken stoppingToken)
    {
        var existing = Existing(sources);
        LogBuilding(logger, location.Root, reason, string.Join("; ", existing));
        return rebuild.Run(location, existing, settings.Value.Embeddings, LockWait, stage, stoppingToken);
    }

    private static List<string> Existing(IReadOnlyList<string> sources) =>
        sources.Where(s => Directory.Exists(s) || File.Exists(s)).ToList();

    private void Fail(string message)
    {
        state.SetStatus("failed: the index could not be opened (see the server log)");
        LogFailed(logger, message);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Building the index at {IndexPath} ({Reason}) from {Sources}")]
    private static partial void LogBuilding(ILogger logger, string indexPath, string reason, string sources);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index open at {Generation}: {Papers} papers; ready")]
    private static partial void LogReady(ILogger logger, string generation, int papers);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sources could not be read (retrying): {Reason}")]
    private static partial void LogSourcesUnreadable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rebuild failed; still serving the previous generation: {Reason}")]
    private static partial void LogRebuildFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The index could not be opened: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
