namespace SearchEngine.Api.Hosting;

/// <summary>
/// The server's open index and the services over it. Set by <see cref="IndexBootstrapper"/>, replaced by
/// <see cref="LiveIndex"/> when a rebuild publishes a new generation. Until the first open (or after a failed start)
/// <see cref="IsReady"/> is false and the API answers 503.
/// </summary>
/// <remarks>
/// A request holds a lease on the index it started with (<see cref="Lease"/>, taken by <see cref="ReadyFilter"/>):
/// <see cref="Ready"/> returns that one for the whole request, and a replaced index is disposed only when its last
/// lease is returned, so a switch never fails or empties a response in flight.
/// </remarks>
public sealed class IndexState : IDisposable
{
    private static readonly AsyncLocal<ReadyIndex?> Leased = new();
    private readonly object _swap = new();
    private ReadyIndex? _ready;
    private volatile string _status = "starting";
    private Models.RebuildStatus? _rebuild;

    public bool IsReady => Volatile.Read(ref _ready) is not null;

    /// <summary>What the bootstrapper is doing, or why it failed (shown by <c>/ready</c>).</summary>
    public string Status => _status;

    /// <summary>
    /// The index this request leased, else the current one; only call after <see cref="IsReady"/> (the API's ready
    /// filter guarantees it).
    /// </summary>
    public ReadyIndex Ready =>
        Leased.Value ?? Volatile.Read(ref _ready) ?? throw new InvalidOperationException("the index is not open yet");

    public void SetStatus(string status) => _status = status;

    /// <summary>The server's last own rebuild since it started (shown by <c>/ready</c>); null before the first.</summary>
    public Models.RebuildStatus? Rebuild
    {
        get => Volatile.Read(ref _rebuild);
        set => Volatile.Write(ref _rebuild, value);
    }

    /// <summary>Makes <paramref name="next"/> the current index; the previous one is disposed after its last lease.</summary>
    public void Open(ReadyIndex next)
    {
        ReadyIndex? previous;
        lock (_swap)
        {
            previous = _ready;
            Volatile.Write(ref _ready, next);
        }
        _status = "ready";
        previous?.Retire();
    }

    /// <summary>
    /// Leases the current index for the caller's async flow (a request): <see cref="Ready"/> returns it until the
    /// returned handle is disposed. Null when no index is open.
    /// </summary>
    public IDisposable? Lease()
    {
        while (true)
        {
            var current = Volatile.Read(ref _ready);
            if (current is null) return null;
            // why: a switch may retire it between the read and the acquire; then take the new one.
            if (!current.TryAcquire()) continue;
            Leased.Value = current;
            return new Release(current);
        }
    }

    public void Dispose()
    {
        ReadyIndex? last;
        lock (_swap)
        {
            last = _ready;
            // why: cleared first, so a late request gets "not ready" instead of spinning on a retired index.
            Volatile.Write(ref _ready, null);
        }
        _status = "stopping";
        last?.Retire();
    }

    private sealed class Release(ReadyIndex index) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) index.ReleaseOne();
        }
    }
}
