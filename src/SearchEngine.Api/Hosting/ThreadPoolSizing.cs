namespace SearchEngine.Api.Hosting;

/// <summary>
/// Raises the thread pool's minimum worker threads so that every request the limiter admits gets a thread at once,
/// with threads to spare for <c>/health</c>, Kestrel's I/O and the slices of a search.
/// </summary>
/// <remarks>
/// why: searches run synchronously on the request's pool thread (Lucene is synchronous) and a search split into
/// slices waits there for its slice tasks. The pool starts with one thread per core and, once those are busy, adds
/// threads only gradually, so with 2 cores a third request (or a <c>/health</c> probe) waited in the pool's queue
/// behind running searches. Threads up to the minimum are created on demand without that delay; they cost nothing
/// while idle.
/// </remarks>
public static class ThreadPoolSizing
{
    /// <summary>
    /// The minimum worker threads the API needs: one per admitted <c>/api</c> request
    /// (<see cref="ApiSettings.MaxConcurrentRequests"/>) and per expensive one, plus two per core for slice tasks,
    /// I/O and the unlimited routes.
    /// </summary>
    public static int MinWorkerThreads(ApiSettings settings, int cores) =>
        Math.Max(1, settings.MaxConcurrentRequests) + ApiRateLimiting.ExpensivePermits(cores) + 2 * cores;

    /// <summary>Raises (never lowers) the pool's minimum to <see cref="MinWorkerThreads"/>; returns the minimum now set.</summary>
    public static int Apply(ApiSettings settings)
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        var wanted = MinWorkerThreads(settings, Environment.ProcessorCount);
        if (wanted > workers && ThreadPool.SetMinThreads(wanted, io)) return wanted;
        return workers;
    }
}
