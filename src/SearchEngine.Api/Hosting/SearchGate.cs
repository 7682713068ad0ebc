namespace SearchEngine.Api.Hosting;

/// <summary>
/// Admits cheap requests' search work at most <see cref="Permits"/> at a time (by default one per core); the others
/// wait, asynchronously and in arrival order, until one ends (<see cref="SearchWorkFilter"/>).
/// </summary>
/// <remarks>
/// why: the rate limiter admits several requests per core so that streaming and short waits do not idle a core,
/// but a search is CPU work: with four searches per core running at once they shared the cores and each took about
/// four times as long. Run one per core, in order, a request's latency is its wait plus its own work, and the same
/// cores finished more of them (docs/benchmarks.md, "One search per core").
/// </remarks>
public sealed class SearchGate(int permits)
{
    // why SemaphoreSlim: its asynchronous waiters are released first come, first served, and a waiter whose request
    // is cancelled leaves the queue.
    private readonly SemaphoreSlim _slots = new(Math.Max(1, permits), Math.Max(1, permits));
    private int _waiting;

    public int Permits { get; } = Math.Max(1, permits);

    /// <summary>Waits for a slot; dispose the result to give it back.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> fired while waiting.</exception>
    public async ValueTask<Slot> EnterAsync(CancellationToken cancellation)
    {
        if (!_slots.Wait(0))
        {
            Interlocked.Increment(ref _waiting);
            try
            {
                await _slots.WaitAsync(cancellation).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }
        return new Slot(this);
    }

    /// <summary>Requests waiting for a slot now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>
    /// Whether a search that holds a slot may split its work over several cores: only while some slot is still free,
    /// that is, no other request would wait for the cores its extra threads take.
    /// </summary>
    public bool HasIdleSlot => _slots.CurrentCount > 0;

    /// <summary>A held slot; disposing it (once) lets the next waiter in.</summary>
    public sealed class Slot(SearchGate gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate._slots.Release();
        }
    }
}
