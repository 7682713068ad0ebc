using System.Diagnostics;

namespace SearchEngine.Tools.Bench;

/// <summary>
/// The highest working set of this process seen while it runs (sampled every 50 ms). why: the peak working set
/// the OS keeps is monotonic for the whole process, so the peer's phase, which runs after ours in the same
/// process, needs its own sampling.
/// </summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public MemorySampler()
    {
        _timer = new Timer(_ => Sample(), null, 0, 50);
    }

    public double PeakMB
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak) / (1024.0 * 1024);
        }
    }

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        var current = process.WorkingSet64;
        long seen;
        while (current > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, current, seen) != seen) { }
    }

    public void Dispose() => _timer.Dispose();
}
