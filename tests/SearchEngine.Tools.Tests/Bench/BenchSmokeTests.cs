using System.Text.Json.Nodes;
using SearchEngine.Cli;
using SearchEngine.Core.Tests.Builders;
using SearchEngine.Tools.Bench;

namespace SearchEngine.Tools.Tests.Bench;

/// <summary>
/// The bench end to end at a small size, in-process: every figure is present and positive. Kept small (seconds,
/// not minutes) so it runs in CI; the figures themselves are not asserted, only that they were measured.
/// </summary>
public sealed class BenchSmokeTests
{
    private static readonly string[] OurPhases = ["search", "filtered", "faceted", "facetedNoFilter", "similar", "suggest"];

    [Fact]
    public async Task Bench_at_2000_papers_reports_every_figure_of_ours()
    {
        var (exit, output, error) = await ToolsRunner.Run("bench", "--papers", "2000", "--queries", "40", "--json");

        Assert.True(exit == ExitCodes.Ok, error);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(2000, json["papers"]!.GetValue<int>());
        Assert.True(json["indexing"]!["papersPerSecond"]!.GetValue<double>() > 0);
        Assert.True(json["indexing"]!["indexBytes"]!.GetValue<long>() > 0);
        foreach (var phase in OurPhases)
        {
            Assert.True(json[phase]!["p50"]!.GetValue<double>() > 0, phase);
            Assert.True(json[phase]!["p99"]!.GetValue<double>() >= json[phase]!["p50"]!.GetValue<double>(), phase);
        }
        Assert.True(json["peakMemoryMB"]!.GetValue<double>() > 0);
        Assert.True(json["averageTotal"]!.GetValue<double>() > 0);
        Assert.Empty(json["peers"]!.AsArray());
    }

    [Fact]
    public async Task A_missing_java_anchor_skips_the_peer_with_a_clear_message_and_exits_non_zero()
    {
        using var empty = new TempDir();
        var (exit, output, error) = await ToolsRunner.Run("bench", "--papers", "200", "--queries", "5", "--peer", "java",
            "--java-anchor", empty.Path);

        Assert.Equal(ExitCodes.PeerUnavailable, exit);
        Assert.Contains("no run.sh in --java-anchor", error, StringComparison.Ordinal);
        Assert.Contains("search p50", output, StringComparison.Ordinal); // our figures are still printed
    }

    [SkippableFact]
    public async Task Bench_with_the_java_peer_reports_ours_over_java_on_the_same_queries()
    {
        JavaPeer peer;
        try
        {
            peer = JavaPeer.Locate(null);
            JavaPeer.RequireTools();
        }
        catch (PeerUnavailableException e)
        {
            throw new SkipException($"Java Lucene anchor not available: {e.Message}");
        }
        Skip.IfNot(File.Exists("/usr/share/java/lucene-core-8.7.0.jar"), $"Lucene jars missing: {JavaPeer.InstallHint}");

        var (exit, output, error) = await ToolsRunner.Run("bench", "--papers", "1000", "--queries", "20", "--peer", "java",
            "--java-anchor", Path.GetDirectoryName(peer.RunScript)!, "--json");

        Assert.True(exit == ExitCodes.Ok, error);
        var java = JsonNode.Parse(output)!["peers"]!.AsArray().Single()!;
        Assert.Equal(JavaPeer.Name, java["name"]!.GetValue<string>());
        foreach (var key in new[] { "search", "facetedNoFilter", "similar" })
        {
            Assert.True(java[key]!["p50"]!.GetValue<double>() > 0, key);
            Assert.True(java["oursOverPeer"]![key]!["p50"]!.GetValue<double>() > 0, key);
        }
        Assert.True(java["oursOverPeer"]!["indexingPapersPerSecond"]!.GetValue<double>() > 0);
        Assert.True(java["oursOverPeer"]!["peakMemoryMB"]!.GetValue<double>() > 0);
        // The same queries on the same corpus. why the wide lower bound: our search expands each query by RM3
        // feedback (RankingOptions.Feedback, on by default), which matches about 2.5-3 times the papers the plain
        // query matches (measured at 1,000 and 100,000 papers); the analyzers also differ slightly.
        var ours = JsonNode.Parse(output)!["averageTotal"]!.GetValue<double>();
        Assert.InRange(java["averageTotal"]!.GetValue<double>(), ours * 0.2, ours * 1.5);
    }
}
