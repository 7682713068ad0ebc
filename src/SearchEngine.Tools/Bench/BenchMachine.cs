namespace SearchEngine.Tools.Bench;

/// <summary>The machine a run was measured on, for the report's header.</summary>
public sealed record BenchMachine(int Cores, double MemoryGiB, string Os, string Runtime, string Cpu, string? LoadAverage)
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
        // why: the machine is shared; the load when the run starts says how noisy its wall-clock figures are.
        var load = File.Exists("/proc/loadavg")
            ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
            : null;
        return new BenchMachine(Environment.ProcessorCount, Math.Round(memory, 1),
            System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription, cpu, load);
    }
}
