using System.Globalization;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Limits;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Limits;

/// <summary>
/// Build work runs at nice 10 where asked, on threads of its own; the caller's thread (and so the thread pool) keeps
/// its priority. The nice values are read from <c>/proc/thread-self/stat</c>, not through the code under test.
/// Linux only (elsewhere the tests return at once).
/// </summary>
public sealed class BackgroundPriorityTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "se-priority-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    /// <summary>The calling thread's nice value as the kernel reports it (field 19 of its stat line).</summary>
    private static int ThreadNice()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], CultureInfo.InvariantCulture);
    }

    private static T OnNewThread<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }

    [Fact]
    public void Lowering_a_thread_sets_nice_10_on_that_thread_only()
    {
        if (!OperatingSystem.IsLinux()) return;
        var before = ThreadNice();

        var (returned, seen) = OnNewThread(() => (BackgroundPriority.LowerCurrentThread(), ThreadNice()));

        Assert.Equal(Math.Max(before, BackgroundPriority.Nice), returned);
        Assert.Equal(Math.Max(before, BackgroundPriority.Nice), seen);
        Assert.Equal(before, ThreadNice());
    }

    [Fact]
    public void A_thread_started_by_a_lowered_thread_inherits_its_priority()
    {
        if (!OperatingSystem.IsLinux()) return;

        var child = OnNewThread(() =>
        {
            BackgroundPriority.LowerCurrentThread();
            return OnNewThread(ThreadNice);
        });

        Assert.True(child >= BackgroundPriority.Nice, $"nice {child}");
    }

    [Fact]
    public void Indexing_runs_on_threads_of_its_own_that_inherit_the_callers_priority()
    {
        if (!OperatingSystem.IsLinux()) return;
        var seen = new List<(int Nice, bool Pool)>();

        // why a lowered caller: the server's rebuild child and 'searchengine index' lower their whole process, and
        // the indexing threads must run at its nice value, not back at the pool's.
        var (caller, meta) = OnNewThread(() =>
        {
            BackgroundPriority.LowerCurrentThread();
            return (ThreadNice(), IndexBuilder.Build(new IndexLocation(_root), TestCorpus.Papers, paper =>
            {
                lock (seen) seen.Add((ThreadNice(), Thread.CurrentThread.IsThreadPoolThread));
                return paper;
            }, new IndexMeta(), progress: null, threads: 2, out _));
        });

        Assert.Equal(TestCorpus.Papers.Count, meta.Papers);
        Assert.Equal(TestCorpus.Papers.Count, seen.Count);
        Assert.All(seen, s => Assert.False(s.Pool));
        Assert.True(caller >= BackgroundPriority.Nice, $"nice {caller}");
        Assert.All(seen, s => Assert.Equal(caller, s.Nice));
    }
}
