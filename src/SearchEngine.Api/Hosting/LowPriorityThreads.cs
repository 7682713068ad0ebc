using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using SearchEngine.Core.Limits;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Threads of their own, at nice <see cref="BackgroundPriority.Nice"/>, on which expensive requests do their
/// synchronous work (<see cref="SearchWorkFilter"/>): when a cheap search and an expensive one want the same core,
/// the cheap one gets about ten times the share, and an expensive one alone still gets all of it.
/// </summary>
/// <remarks>
/// why not lower the request's own thread: it is a thread-pool thread, and an unprivileged process cannot raise it
/// back before the pool hands it the next request. The caller blocks until the work is done rather than awaiting a
/// continuation, because a continuation would be queued to the thread pool from the lowered thread, and a pool
/// thread started for it would inherit the low priority. The work must therefore not queue work to the pool itself
/// (an expensive search is held to one thread, so it starts no slice tasks).
/// </remarks>
public sealed class LowPriorityThreads : IDisposable
{
    private readonly BlockingCollection<Action> _queue = new();
    private readonly Thread[] _threads;

    /// <summary>Starts <paramref name="count"/> threads (as many as expensive requests may run at once).</summary>
    public LowPriorityThreads(int count)
    {
        _threads = Enumerable.Range(0, Math.Max(1, count)).Select(i => new Thread(Serve)
        {
            Name = $"expensive request {i + 1}",
            IsBackground = true,
        }).ToArray();
        foreach (var thread in _threads) thread.Start();
    }

    private void Serve()
    {
        BackgroundPriority.LowerCurrentThread();
        foreach (var work in _queue.GetConsumingEnumerable()) work();
    }

    /// <summary>
    /// Runs <paramref name="work"/> on one of the threads in the caller's execution context (its request budget and
    /// index lease flow with it) and returns its result; the calling thread waits.
    /// </summary>
    public T Run<T>(Func<T> work)
    {
        var context = ExecutionContext.Capture();
        using var done = new ManualResetEventSlim(false);
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        _queue.Add(() =>
        {
            try
            {
                if (context is null) result = work();
                else ExecutionContext.Run(context, _ => result = work(), null);
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                done.Set();
            }
        });
        done.Wait();
        failure?.Throw();
        return result;
    }

    public void Dispose() => _queue.CompleteAdding();
}
