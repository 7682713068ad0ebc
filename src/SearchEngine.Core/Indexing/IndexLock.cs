namespace SearchEngine.Core.Indexing;

/// <summary>
/// The one-writer lock of an index root (<c>index.lock</c>): held by whoever builds a generation or appends through
/// the CLI (<c>searchengine index</c>, <c>add</c>, <c>delete</c>, the server's background rebuild), so two builders
/// never race for the same generation number.
/// </summary>
/// <remarks>An exclusive <see cref="LockFile"/>: a <c>kill -9</c> never leaves it stale.</remarks>
public sealed class IndexLock : IDisposable
{
    public const string FileName = "index.lock";
    private readonly FileStream _stream;

    private IndexLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock, retrying for up to <paramref name="wait"/>.</summary>
    /// <exception cref="IndexLockedException">Another process still holds it after <paramref name="wait"/>.</exception>
    public static IndexLock Acquire(string root, TimeSpan wait) =>
        new(LockFile.Open(root, FileName, FileShare.None, wait, TimeSpan.FromMilliseconds(100), () =>
            $"the index at '{root}' is being built or written by another process (it holds {FileName}); " +
            $"waited {wait.TotalSeconds:0} s. Try again when it has finished, or wait longer (--wait SECONDS)"));

    /// <summary>Takes the lock if nobody holds it, else returns null at once.</summary>
    public static IndexLock? TryAcquire(string root) =>
        LockFile.TryOpen(root, FileName, FileShare.None) is { } stream ? new IndexLock(stream) : null;

    public void Dispose() => _stream.Dispose();
}
