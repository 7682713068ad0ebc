namespace SearchEngine.Core.Indexing;

/// <summary>
/// A parallel for-each on threads of its own instead of the thread pool's: a build holds its indexing threads for
/// minutes, and a process that also serves or writes (the CLI's <c>add</c>, the server's writes) keeps its pool free.
/// </summary>
/// <remarks>
/// why not <c>Parallel.ForEach</c>: it runs on thread-pool threads and would hold them for the whole build. The
/// threads end with the loop. A whole build process lowered to nice 10 (<c>searchengine index</c>, the server's
/// rebuild child) lowers these threads too: they start with the nice value of the thread that created them.
/// </remarks>
internal static class DedicatedThreads
{
    /// <summary>
    /// Runs <paramref name="body"/> for every item on <paramref name="threads"/> new threads. After the first failure
    /// no new item is started.
    /// </summary>
    /// <exception cref="AggregateException">The items or the body failed (as <c>Parallel.ForEach</c> reports it).</exception>
    public static void ForEach<T>(IEnumerable<T> items, int threads, Action<T> body)
    {
        using var source = items.GetEnumerator();
        var failures = new List<Exception>();
        var workers = Enumerable.Range(0, Math.Max(1, threads)).Select(i => new Thread(() =>
        {
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
