using SearchEngine.Core.Limits;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// A parallel for-each on threads of its own instead of the thread pool's: a build that runs inside the server
/// then neither holds the pool threads requests are served on for minutes, nor runs at their priority.
/// </summary>
/// <remarks>
/// why not <c>Parallel.ForEach</c>: it runs on thread-pool threads, whose priority cannot be lowered for one job
/// (an unprivileged process cannot raise it back before the thread serves a request again). Threads started here
/// may be lowered (<see cref="BackgroundPriority.LowerCurrentThread"/>) and end with the loop; threads they start
/// (Lucene's merge threads) inherit their priority. The body must not queue work to the thread pool: a pool thread
/// started on behalf of a lowered thread would inherit its priority.
/// </remarks>
internal static class DedicatedThreads
{
    /// <summary>
    /// Runs <paramref name="body"/> for every item on <paramref name="threads"/> new threads, at
    /// <see cref="BackgroundPriority.Nice"/> when <paramref name="lowPriority"/>. After the first failure no new item
    /// is started.
    /// </summary>
    /// <exception cref="AggregateException">The items or the body failed (as <c>Parallel.ForEach</c> reports it).</exception>
    public static void ForEach<T>(IEnumerable<T> items, int threads, bool lowPriority, Action<T> body)
    {
        using var source = items.GetEnumerator();
        var failures = new List<Exception>();
        var workers = Enumerable.Range(0, Math.Max(1, threads)).Select(i => new Thread(() =>
        {
            if (lowPriority) BackgroundPriority.LowerCurrentThread();
            try
            {
                while (Next(source, failures, out var item)) body(item);
            }
            catch (Exception e)
            {
                lock (failures) failures.Add(e);
            }
        })
        {
            Name = $"indexing {i + 1}",
            IsBackground = true,
        }).ToList();
        foreach (var worker in workers) worker.Start();
        foreach (var worker in workers) worker.Join();
        if (failures.Count > 0) throw new AggregateException(failures);
    }

    /// <summary>The next item, read under the lock (enumerators are not thread-safe); false when done or failed.</summary>
    private static bool Next<T>(IEnumerator<T> source, List<Exception> failures, out T item)
    {
        lock (failures)
        {
            if (failures.Count == 0 && source.MoveNext())
            {
                item = source.Current;
                return true;
            }
        }
        item = default!;
        return false;
    }
}
