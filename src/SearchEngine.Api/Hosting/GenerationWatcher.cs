namespace SearchEngine.Api.Hosting;

/// <summary>
/// Notices a newly published <c>CURRENT</c> (a rebuild by this server or by <c>searchengine index</c> in another
/// process) and has <see cref="LiveIndex"/> switch to it within a second: a <see cref="FileSystemWatcher"/> for
/// speed, plus a poll every <see cref="PollInterval"/> because watchers miss events (network file systems, full
/// inotify queues). The same loop applies journal entries other processes appended (<c>searchengine add</c>).
/// </summary>
public sealed partial class GenerationWatcher(LiveIndex live, ILogger<GenerationWatcher> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var signal = new SemaphoreSlim(0);
        using var watcher = TryWatch(() => signal.Release());
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(PollInterval, stoppingToken);
                await live.SwitchIfPublishedAsync(stoppingToken);
                await live.CatchUpAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                // why: a half-visible generation or a transient I/O error must not stop watching; retried next poll.
                LogSwitchFailed(logger, e.Message);
            }
        }
    }

    private FileSystemWatcher? TryWatch(Action changed)
    {
        try
        {
            Directory.CreateDirectory(live.Location.Root);
            var watcher = new FileSystemWatcher(live.Location.Root)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite,
                IncludeSubdirectories = false,
            };
            watcher.Renamed += (_, _) => changed();
            watcher.Changed += (_, _) => changed();
            watcher.Created += (_, _) => changed();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
        {
            LogNoWatcher(logger, e.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Switching to the new index generation failed (retrying): {Reason}")]
    private static partial void LogSwitchFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "No file watcher on the index root ({Reason}); polling only")]
    private static partial void LogNoWatcher(ILogger logger, string reason);
}
