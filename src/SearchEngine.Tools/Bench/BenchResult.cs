namespace SearchEngine.Tools.Bench;

/// <summary>Indexing figures of one engine.</summary>
public sealed record IndexingStats(double PapersPerSecond, double Seconds, long IndexBytes, double CommitSeconds, int Papers);

/// <summary>
/// Every figure of one engine (ours or a peer); latencies in milliseconds. A phase an engine does not run
/// (the Java anchor has no filtered search and no autocomplete) is null and shows as an empty cell.
/// </summary>
public sealed record EngineResult
{
    public required string Name { get; init; }
    public required IndexingStats Indexing { get; init; }
    public required LatencyStats? Search { get; init; }
    public required LatencyStats? Filtered { get; init; }
    public required LatencyStats? Faceted { get; init; }
    public required LatencyStats? FacetedNoFilter { get; init; }
    public required LatencyStats? Similar { get; init; }
    public required LatencyStats? Suggest { get; init; }
    public required double PeakMemoryMB { get; init; }
    /// <summary>Average exact total of the plain-search queries (how much each query matches).</summary>
    public double AverageTotal { get; init; }
    /// <summary>How this engine's figures were measured where that differs from ours (printed under the table).</summary>
    public string? Note { get; init; }
}

/// <summary>The whole run: machine, command, our engine and the peers, in the order they ran.</summary>
public sealed record BenchResult(BenchMachine Machine, string Command, int Papers, long CorpusBytes, EngineResult Ours,
    IReadOnlyList<EngineResult> Peers);
