using System.Globalization;

namespace SearchEngine.Tools.Bench;

/// <summary>
/// The result as rows of (figure, ours, then value and ours/peer for each peer): one source for the console table
/// and the report. A figure a peer does not measure has empty cells.
/// </summary>
public static class BenchTable
{
    public sealed record PeerCell(string Value, string Ratio);

    public sealed record Row(string Figure, string Ours, IReadOnlyList<PeerCell> Peers);

    public static IReadOnlyList<Row> Rows(BenchResult r)
    {
        var rows = new List<Row>();
        void Add(string figure, Func<EngineResult, double?> value, string format, string unit = "")
        {
            if (value(r.Ours) is not { } ours) return;
            var cells = r.Peers.Select(p => value(p) is { } v
                ? new PeerCell(F(v, format) + unit, v != 0 ? F(ours / v, "0.00") + "×" : "")
                : new PeerCell("", "")).ToList();
            rows.Add(new Row(figure, F(ours, format) + unit, cells));
        }
        Add("indexing papers/s", e => e.Indexing.PapersPerSecond, "N0");
        Add("indexing wall time", e => e.Indexing.Seconds, "0.0", " s");
        Add("commit time", e => e.Indexing.CommitSeconds, "0.00", " s");
        Add("index size", e => e.Indexing.IndexBytes / 1048576.0, "N0", " MiB");
        Add("index size / JSON input", e => (double)e.Indexing.IndexBytes / r.CorpusBytes, "0.00", "×");
        foreach (var (name, _, phase) in Phases)
        {
            Add($"{name} p50", e => phase(e)?.P50, "0.00", " ms");
            Add($"{name} p95", e => phase(e)?.P95, "0.00", " ms");
            Add($"{name} p99", e => phase(e)?.P99, "0.00", " ms");
            Add($"{name} qps (1 client)", e => phase(e)?.Qps, "N0");
        }
        Add("peak memory (working set)", e => e.PeakMemoryMB, "N0", " MiB");
        Add("avg. matches per plain query", e => e.AverageTotal, "N0");
        return rows;
    }

    /// <summary>The timed phases, in the order they run, with their display names and <c>--json</c> keys.</summary>
    public static IReadOnlyList<(string Name, string Key, Func<EngineResult, LatencyStats?> Stats)> Phases { get; } =
    [
        ("search", "search", e => e.Search),
        ("filtered", "filtered", e => e.Filtered),
        ("faceted", "faceted", e => e.Faceted),
        ("faceted, no filter", "facetedNoFilter", e => e.FacetedNoFilter),
        ("similar", "similar", e => e.Similar),
        ("suggest", "suggest", e => e.Suggest),
    ];

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
