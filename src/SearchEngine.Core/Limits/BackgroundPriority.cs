using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace SearchEngine.Core.Limits;

/// <summary>
/// Lowers the CPU priority of build work (to the Unix nice value <see cref="Nice"/>) so that a server on the same
/// machine keeps answering quickly while an index is rebuilt beside it: the scheduler then gives a runnable request
/// thread (nice 0) about ten times the CPU share of a builder thread, and the builder still gets every idle cycle.
/// </summary>
/// <remarks>
/// why per thread: on Linux the nice value belongs to a thread, not to the process (<c>setpriority(PRIO_PROCESS, 0,
/// …)</c> changes only the calling thread, and .NET's <see cref="Process.PriorityClass"/> only the main thread), and a
/// new thread starts with the nice value of the thread that created it. So <see cref="LowerProcess"/> lowers every
/// thread listed in <c>/proc/self/task</c>, and later threads (thread-pool workers, Lucene merge threads) inherit it.
/// The value is only ever raised: an unprivileged process cannot lower it again, so a lowered thread stays lowered
/// until it ends (never lower a thread-pool thread with <see cref="LowerCurrentThread"/>).
/// <para/>Where <c>sched_autogroup</c> is on (most desktop kernels), nice values only order threads of one session;
/// processes started from different sessions (a shell and a systemd service) share the CPU per session whatever
/// their nice values.
/// </remarks>
public static class BackgroundPriority
{
    /// <summary>The nice value build work runs at (as <c>nice -n 10</c>; 19 is the lowest priority).</summary>
    public const int Nice = 10;

    private const int PrioProcess = 0;

    /// <summary>
    /// Lowers the calling thread to <see cref="Nice"/> (a thread already lower stays as it is). Returns the thread's
    /// nice value afterwards, or null where it cannot be lowered (not Linux, or refused).
    /// </summary>
    public static int? LowerCurrentThread() => OperatingSystem.IsLinux() ? LowerThread(0) : null;

    /// <summary>
    /// Lowers every thread of this process to <see cref="Nice"/>; threads created afterwards inherit it. Returns the
    /// calling thread's nice value afterwards, or null where the priority could not be lowered. Elsewhere than Linux
    /// the process priority class becomes <see cref="ProcessPriorityClass.BelowNormal"/> (null if refused).
    /// </summary>
    public static int? LowerProcess()
    {
        if (!OperatingSystem.IsLinux()) return LowerPriorityClass();
        // why twice: a thread that was not yet lowered may have started another one during the first pass.
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var tid in ThreadIds()) LowerThread(tid);
        }
        return NiceOf(0);
    }

    /// <summary>The calling thread's nice value (Linux), or null where it cannot be read.</summary>
    public static int? CurrentThreadNice() => OperatingSystem.IsLinux() ? NiceOf(0) : null;

    /// <summary>The nice value of thread <paramref name="tid"/> of this process (0: the calling thread).</summary>
    private static int? NiceOf(int tid)
    {
        try
        {
            // why: getpriority may legitimately return -1, so errno is cleared first and checked after.
            Marshal.SetLastPInvokeError(0);
            var nice = GetPriority(PrioProcess, tid);
            return nice == -1 && Marshal.GetLastPInvokeError() != 0 ? null : nice;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static int? LowerThread(int tid)
    {
        if (NiceOf(tid) is not { } nice) return null;
        if (nice >= Nice) return nice;
        // A thread that ended since it was listed refuses (ESRCH); it needs nothing.
        return SetPriority(PrioProcess, tid, Nice) == 0 ? Nice : null;
    }

    private static IEnumerable<int> ThreadIds()
    {
        string[] tasks;
        try
        {
            tasks = Directory.GetDirectories("/proc/self/task");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [0];
        }
        return tasks.Select(t => int.TryParse(Path.GetFileName(t), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1)
            .Where(id => id > 0);
    }

    private static int? LowerPriorityClass()
    {
        try
        {
            using var self = Process.GetCurrentProcess();
            if (self.PriorityClass is ProcessPriorityClass.Normal or ProcessPriorityClass.AboveNormal or ProcessPriorityClass.High)
            {
                self.PriorityClass = ProcessPriorityClass.BelowNormal;
            }
            return Nice;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or PlatformNotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }

    // why DllImport and not LibraryImport: the source generator needs unsafe code; these signatures are blittable.
    [DllImport("libc", EntryPoint = "getpriority", SetLastError = true)]
    private static extern int GetPriority(int which, int who);

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int prio);
}
