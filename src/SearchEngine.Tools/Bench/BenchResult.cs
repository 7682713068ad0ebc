namespace SearchEngine.Tools.Bench;

/// <summary>Indexing figures of one engine.</summary>
public sealed record IndexingStats(double PapersPerSecond, double Seconds, long IndexBytes, double CommitSeconds, int Papers);

/// <summary>Every figure of one engine (ours or the peer); latencies in milliseconds.</summary>
public sealed record EngineResult
{
    public required string Name { get; init; }
    public required IndexingStats Indexing { get; init; }
    public required LatencyStats Search { get; init; }
    public required LatencyStats Filtered { get; init; }
    public required LatencyStats Faceted { get; init; }
    public required LatencyStats Similar { get; init; }
    public required LatencyStats Suggest { get; init; }
    public required double PeakMemoryMB { get; init; }
    /// <summary>Average exact total of the plain-search queries (how much each query matches).</summary>
    public double AverageTotal { get; init; }
}

/// <summary>The whole run: machine, command, our engine and optionally the peer.</summary>
public sealed record BenchResult(BenchMachine Machine, string Command, int Papers, long CorpusBytes, EngineResult Ours,
    EngineResult? Peer);

public sealed record BenchMachine(int Cores, double MemoryGiB, string Os, string Runtime, string Cpu)
{
    public static BenchMachine Current()
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        var cpu = "unknown";
        if (File.Exists("/proc/cpuinfo"))
        {
            cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
                ?.Split(':', 2)[1].Trim() ?? cpu;
        }
        return new BenchMachine(Environment.ProcessorCount, Math.Round(memory, 1),
            System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription, cpu);
    }
}
