namespace SearchEngine.Core.Indexing;

/// <summary>
/// An advisory lock file at an index root, shared by <see cref="IndexLock"/> and <see cref="ServingLock"/>: the file
/// opened with a <see cref="FileShare"/> mode, which .NET on Linux maps to <c>flock</c> (<see cref="FileShare.None"/>
/// exclusive, <see cref="FileShare.Read"/> shared). The kernel drops it when the process dies, so a <c>kill -9</c>
/// never leaves a stale lock behind (the file stays, the lock does not).
/// </summary>
internal static class LockFile
{
    /// <summary>The open lock, or null at once when another process holds it in a conflicting mode.</summary>
    public static FileStream? TryOpen(string root, string fileName, FileShare share)
    {
        Directory.CreateDirectory(root);
        try
        {
            return new FileStream(Path.Combine(root, fileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, share);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Retries <see cref="TryOpen"/> every <paramref name="poll"/> for up to <paramref name="wait"/>.</summary>
    /// <exception cref="IndexLockedException">Still held after <paramref name="wait"/>, with <paramref name="busy"/> as message.</exception>
    public static FileStream Open(string root, string fileName, FileShare share, TimeSpan wait, TimeSpan poll, Func<string> busy)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            if (TryOpen(root, fileName, share) is { } taken) return taken;
            if (DateTime.UtcNow >= deadline) throw new IndexLockedException(busy());
            Thread.Sleep(poll);
        }
    }
}
