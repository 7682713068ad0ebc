using System.Text.Json.Nodes;
using SearchEngine.Tools.Bench;

namespace SearchEngine.Tools.Tests.Bench;

public sealed class JavaPeerTests
{
    // The three JSON lines `run.sh bench` prints, merged (as JavaPeer.Run merges them).
    private const string AnchorOutput = """
        {"docs":2000,"index_s":1.5,"docs_per_s":1000,"commit_s":0.5,"index_bytes":3145728,
         "search":{"p50":2.600,"p95":40.640,"p99":98.670,"qps":105.0},
         "faceted":{"p50":8.120,"p95":30.390,"p99":90.740,"qps":83.0},
         "mlt":{"p50":14.660,"p95":30.200,"p99":35.090,"qps":74.0},"mean_hits":327,"peak_rss_mb":328}
        """;

    [Fact]
    public void The_anchors_figures_map_onto_ours_and_its_missing_phases_stay_empty()
    {
        var result = JavaPeer.Parse(JsonNode.Parse(AnchorOutput)!.AsObject(), queries: 40);

        Assert.Equal(1000, result.Indexing.PapersPerSecond);
        Assert.Equal(2.0, result.Indexing.Seconds);
        Assert.Equal(3145728, result.Indexing.IndexBytes);
        Assert.Equal(2.6, result.Search!.P50);
        Assert.Equal(40, result.Search.Count);
        Assert.Equal(8.12, result.FacetedNoFilter!.P50);
        Assert.Equal(14.66, result.Similar!.P50);
        Assert.Equal(200, result.Similar.Count);
        Assert.Null(result.Filtered);
        Assert.Null(result.Faceted);
        Assert.Null(result.Suggest);
        Assert.Equal(328, result.PeakMemoryMB);
        Assert.Equal(327, result.AverageTotal);
    }

    [Fact]
    public void Output_without_a_figure_is_reported_as_a_failed_peer()
    {
        var e = Assert.Throws<PeerUnavailableException>(() => JavaPeer.Parse(JsonNode.Parse("""{"docs":1}""")!.AsObject(), 1));
        Assert.Contains("docs_per_s", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_anchor_directory_without_run_sh_is_a_clear_error()
    {
        var e = Assert.Throws<PeerUnavailableException>(() => JavaPeer.Locate("/nonexistent-anchor"));
        Assert.Equal("no run.sh in --java-anchor /nonexistent-anchor", e.Message);
    }
}
