using System.Diagnostics;

namespace SearchEngine.Tools.Bench;

/// <summary>Runs a warm-up, then times each request of a phase one after the other (one client).</summary>
public static class PhaseRunner
{
    /// <summary>Warm-up runs on separate requests, so the timed ones are not served from warmed caches of themselves.</summary>
    public static LatencyStats Run<T>(IReadOnlyList<T> warmUp, IReadOnlyList<T> timed, Action<T> request)
    {
        foreach (var item in warmUp) request(item);
        var millis = new double[timed.Count];
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < timed.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            request(timed[i]);
            millis[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        return LatencyStats.From(millis, wall.Elapsed.TotalSeconds);
    }
}
