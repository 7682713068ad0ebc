namespace SearchEngine.Core.Tests.Topics;

/// <summary>A fact that runs only when <c>TOPICS_BENCH=1</c>: slow measurements, skipped (and reported as skipped) otherwise.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("TOPICS_BENCH") != "1")
        {
            Skip = "benchmark: set TOPICS_BENCH=1 to run";
        }
    }
}
