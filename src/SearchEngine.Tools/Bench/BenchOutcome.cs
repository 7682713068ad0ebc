namespace SearchEngine.Tools.Bench;

/// <summary>The figures of a run, plus the peers that were asked for but could not run (and why).</summary>
public sealed record BenchOutcome(BenchResult Result, IReadOnlyList<string> SkippedPeers);
