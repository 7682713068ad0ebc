using System.Diagnostics;
using System.Globalization;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Indexing;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Runs one build in a child process (this application in its build-only mode, <see cref="RebuildChild"/>) and waits
/// for it: the child's stages and ingest issues go to this server's log (and the stages to the caller), its failure
/// reason to the log only. The server keeps serving meanwhile and picks up the
/// published generation through <see cref="GenerationWatcher"/>, as it does for <c>searchengine index</c>.
/// </summary>
public sealed partial class RebuildProcess(ILogger<RebuildProcess> logger)
{
    /// <summary>How a child build ended.</summary>
    /// <param name="ExitCode">The child's exit code (128 + n when signal n ended it).</param>
    /// <param name="Papers">The published generation's papers; null when none was published.</param>
    /// <param name="Summary">For a public status: what happened, without paths or exception text.</param>
    public sealed record Outcome(int ExitCode, int? Papers, string Summary)
    {
        public bool Succeeded => ExitCode == 0 && Papers is not null;
    }

    /// <summary>
    /// Builds <paramref name="sources"/> into <paramref name="location"/> in a child process and returns how it
    /// ended. Cancelling kills the child (the server is stopping).
    /// </summary>
    /// <exception cref="OperationCanceledException">Cancelled; the child was killed.</exception>
    public Outcome Run(IndexLocation location, IReadOnlyList<string> sources, EmbeddingMode embeddings, TimeSpan lockWait,
        Action<string> stage, CancellationToken cancellationToken)
    {
        var info = StartInfo();
        foreach (var arg in RebuildChild.Arguments(location, sources, embeddings, lockWait)) info.ArgumentList.Add(arg);
        using var child = Process.Start(info) ?? throw new InvalidOperationException("the rebuild process did not start");
        LogStarted(logger, child.Id, location.Root);
        int? papers = null;
        string? failure = null;
        child.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            switch (RebuildMessage.Parse(e.Data))
            {
                case { Kind: RebuildMessage.Stage, Text: var text }:
                    LogStage(logger, child.Id, text);
                    stage(text);
                    break;
                case { Kind: RebuildMessage.Issue, Text: var text }:
                    LogIssue(logger, text);
                    break;
                case { Kind: RebuildMessage.Built, Text: var text }:
                    var counts = text.Split('\t');
                    papers = int.Parse(counts[0], CultureInfo.InvariantCulture);
                    LogBuilt(logger, papers.Value, counts.Length > 1 ? counts[1] : "?");
                    break;
                case { Kind: RebuildMessage.Failed, Text: var text }:
                    failure = text;
                    break;
                default:
                    LogOutput(logger, child.Id, e.Data);
                    break;
            }
        };
        child.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) LogOutput(logger, child.Id, e.Data);
        };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        using (cancellationToken.Register(() => Kill(child)))
        {
            // why no timeout: a build takes as long as it takes; the server stopping (cancellation) ends it.
            child.WaitForExit();
        }
        cancellationToken.ThrowIfCancellationRequested();
        var outcome = new Outcome(child.ExitCode, papers, Summarize(child.ExitCode, failure));
        if (!outcome.Succeeded) LogFailed(logger, child.Id, child.ExitCode, failure ?? "(no reason given)");
        return outcome;
    }

    private static string Summarize(int exitCode, string? failure) => exitCode switch
    {
        0 => "built and published",
        RebuildChild.LockedExitCode => "another builder held the index lock for the whole wait",
        // why 128 + n: .NET reports a child ended by signal n this way (137: SIGKILL, e.g. the OOM killer).
        > 128 and < 160 => $"the build process was killed (signal {exitCode - 128})",
        _ when failure is not null => "the build failed (the reason is in the server log)",
        _ => $"the build process exited with code {exitCode}",
    };

    /// <summary>
    /// This application in its build-only mode: the same apphost, or the same <c>dotnet</c> with this assembly, or
    /// (under a test host) the <c>dotnet</c> the SDK names or the one on the PATH.
    /// </summary>
    private static ProcessStartInfo StartInfo()
    {
        var assembly = typeof(RebuildChild).Assembly.Location;
        var host = Environment.ProcessPath;
        var hostName = Path.GetFileNameWithoutExtension(host);
        ProcessStartInfo info;
        if (host is not null && hostName == Path.GetFileNameWithoutExtension(assembly))
        {
            info = new ProcessStartInfo(host);
        }
        else
        {
            var muxer = host is not null && hostName == "dotnet"
                ? host
                : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
            info = new ProcessStartInfo(muxer);
            info.ArgumentList.Add(assembly);
        }
        info.WorkingDirectory = Path.GetDirectoryName(assembly)!;
        info.UseShellExecute = false;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        // why: the child exits when this pipe closes (see RebuildChild); nothing is ever written to it.
        info.RedirectStandardInput = true;
        return info;
    }

    private void Kill(Process child)
    {
        try
        {
            child.Kill(entireProcessTree: true);
            LogKilled(logger, child.Id);
        }
        catch (InvalidOperationException)
        {
            // already exited
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilding the index at {IndexPath} in child process {Pid}")]
    private static partial void LogStarted(ILogger logger, int pid, string indexPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuild {Pid}: {Stage}")]
    private static partial void LogStage(ILogger logger, int pid, string stage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ingest issue: {Issue}")]
    private static partial void LogIssue(ILogger logger, string issue);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index built: {Papers} papers, {Issues} ingest issues")]
    private static partial void LogBuilt(ILogger logger, int papers, string issues);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rebuild {Pid} says: {Line}")]
    private static partial void LogOutput(ILogger logger, int pid, string line);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rebuild {Pid} failed (exit code {ExitCode}): {Reason}")]
    private static partial void LogFailed(ILogger logger, int pid, int exitCode, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuild {Pid} killed: the server is stopping")]
    private static partial void LogKilled(ILogger logger, int pid);
}
