namespace SearchEngine.Tools.Bench;

/// <summary>Latency percentiles (milliseconds) and sequential throughput of one timed phase.</summary>
public sealed record LatencyStats(double P50, double P95, double P99, double Qps, int Count)
{
    public static LatencyStats From(IReadOnlyList<double> millis, double wallSeconds)
    {
        if (millis.Count == 0) return new LatencyStats(0, 0, 0, 0, 0);
        var sorted = millis.Order().ToArray();
        return new LatencyStats(Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99),
            millis.Count / Math.Max(wallSeconds, 1e-9), millis.Count);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
