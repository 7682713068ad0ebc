using System.Globalization;

namespace SearchEngine.Tools.Bench;

/// <summary>The result as rows of (figure, ours, peer, ours/peer): one source for the console table and the report.</summary>
public static class BenchTable
{
    public sealed record Row(string Figure, string Ours, string Peer, string Ratio);

    public static IReadOnlyList<Row> Rows(BenchResult r)
    {
        var rows = new List<Row>();
        void Add(string figure, double ours, double? peer, string format, string unit = "")
        {
            rows.Add(new Row(figure, F(ours, format) + unit, peer is { } p ? F(p, format) + unit : "",
                peer is { } q && q != 0 ? F(ours / q, "0.00") + "×" : ""));
        }
        var o = r.Ours;
        var p = r.Peer;
        Add("indexing papers/s", o.Indexing.PapersPerSecond, p?.Indexing.PapersPerSecond, "N0");
        Add("indexing wall time", o.Indexing.Seconds, p?.Indexing.Seconds, "0.0", " s");
        Add("commit time", o.Indexing.CommitSeconds, p?.Indexing.CommitSeconds, "0.00", " s");
        Add("index size", o.Indexing.IndexBytes / 1048576.0, p is null ? null : p.Indexing.IndexBytes / 1048576.0, "N0", " MiB");
        Add("index size / JSON input", (double)o.Indexing.IndexBytes / r.CorpusBytes,
            p is null ? null : (double)p.Indexing.IndexBytes / r.CorpusBytes, "0.00", "×");
        foreach (var (name, ours, peer) in Phases(r))
        {
            Add($"{name} p50", ours.P50, peer?.P50, "0.00", " ms");
            Add($"{name} p95", ours.P95, peer?.P95, "0.00", " ms");
            Add($"{name} p99", ours.P99, peer?.P99, "0.00", " ms");
            Add($"{name} qps (1 client)", ours.Qps, peer?.Qps, "N0");
        }
        Add("peak memory (working set)", o.PeakMemoryMB, p?.PeakMemoryMB, "N0", " MiB");
        Add("avg. matches per plain query", o.AverageTotal, p?.AverageTotal, "N0");
        return rows;
    }

    public static IEnumerable<(string Name, LatencyStats Ours, LatencyStats? Peer)> Phases(BenchResult r)
    {
        yield return ("search", r.Ours.Search, r.Peer?.Search);
        yield return ("filtered", r.Ours.Filtered, r.Peer?.Filtered);
        yield return ("faceted", r.Ours.Faceted, r.Peer?.Faceted);
        yield return ("similar", r.Ours.Similar, r.Peer?.Similar);
        yield return ("suggest", r.Ours.Suggest, r.Peer?.Suggest);
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
