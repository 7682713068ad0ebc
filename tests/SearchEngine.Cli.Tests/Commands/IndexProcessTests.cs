using System.Diagnostics;
using SearchEngine.Cli.Output;
using SearchEngine.Core.Limits;

namespace SearchEngine.Cli.Tests.Commands;

/// <summary>
/// <c>searchengine index</c> run as its own process (as an operator runs it beside a server): it lowers its CPU
/// priority to nice 10 and says so, unless <c>--priority normal</c>. The nice value in the message is the one the
/// kernel reports after the change. Linux only (elsewhere the tests return at once).
/// </summary>
public sealed class IndexProcessTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "se-cli-nice-" + Guid.NewGuid().ToString("N"));

    public IndexProcessTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<(int Exit, string Err)> RunIndex(params string[] extra)
    {
        var sources = Path.Combine(_root, "papers.jsonl");
        File.WriteAllText(sources, "{\"id\":\"a\",\"title\":\"A paper on graphs\"}\n");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "searchengine.dll"), "index", "--source", sources,
                     "--index", Path.Combine(_root, "index"), "--embeddings", "off", .. extra])
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await output;
        return (process.ExitCode, await error);
    }

    [Fact]
    public async Task The_executable_builds_at_nice_10_by_default()
    {
        if (!OperatingSystem.IsLinux()) return;

        var (exit, err) = await RunIndex();

        Assert.True(exit == ExitCodes.Ok, err);
        Assert.Contains($"building at lower CPU priority (nice {BackgroundPriority.Nice})", err);
    }

    [Fact]
    public async Task With_priority_normal_the_executable_keeps_its_priority()
    {
        if (!OperatingSystem.IsLinux()) return;

        var (exit, err) = await RunIndex("--priority", "normal");

        Assert.True(exit == ExitCodes.Ok, err);
        Assert.DoesNotContain("lower CPU priority", err);
    }
}
