namespace SearchEngine.Core.Indexing;

/// <summary>
/// The one-writer lock of an index root (<c>index.lock</c>): held by whoever builds a generation or appends through
/// the CLI (<c>searchengine index</c>, <c>add</c>, <c>delete</c>, the server's background rebuild), so two builders
/// never race for the same generation number.
/// </summary>
/// <remarks>
/// why a file opened with <see cref="FileShare.None"/>: on Linux .NET takes an advisory <c>flock</c> on it, which the
/// kernel releases when the process dies, so a <c>kill -9</c> never leaves a stale lock behind (the file stays, the
/// lock does not).
/// </remarks>
public sealed class IndexLock : IDisposable
{
    public const string FileName = "index.lock";
    private readonly FileStream _stream;

    private IndexLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock, retrying for up to <paramref name="wait"/>.</summary>
    /// <exception cref="IndexLockedException">Another process still holds it after <paramref name="wait"/>.</exception>
    public static IndexLock Acquire(string root, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            if (TryAcquire(root) is { } taken) return taken;
            if (DateTime.UtcNow >= deadline)
            {
                throw new IndexLockedException(
                    $"the index at '{root}' is being built or written by another process (it holds {FileName}); " +
                    $"waited {wait.TotalSeconds:0} s. Try again when it has finished, or wait longer (--wait SECONDS)");
            }
            Thread.Sleep(100);
        }
    }

    /// <summary>Takes the lock if nobody holds it, else returns null at once.</summary>
    public static IndexLock? TryAcquire(string root)
    {
        Directory.CreateDirectory(root);
        try
        {
            return new IndexLock(new FileStream(Path.Combine(root, FileName), FileMode.OpenOrCreate,
                FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
