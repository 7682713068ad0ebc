namespace SearchEngine.Core.Indexing;

/// <summary>
/// Says whether a server has an index root open (<c>serve.lock</c>): every server holds it shared for as long as it
/// serves the root, and <c>searchengine add</c>/<c>delete</c> take it exclusively before they write to the live
/// generation themselves. While a server holds it they only append to the journal, which the server tails.
/// </summary>
/// <remarks>
/// why not Lucene's <c>write.lock</c>: on Linux Lucene.Net opens it with <see cref="FileShare.Read"/>, which .NET maps
/// to a shared <c>flock</c>, so a second process's <c>IndexWriter</c> gets in beside the server's. Here a
/// <see cref="LockFile"/> held shared by servers and exclusively by CLI writes.
/// </remarks>
public sealed class ServingLock : IDisposable
{
    public const string FileName = "serve.lock";
    private readonly FileStream _stream;

    private ServingLock(FileStream stream) => _stream = stream;

    /// <summary>Held by a server; waits up to <paramref name="wait"/> for a CLI write that holds it exclusively.</summary>
    /// <exception cref="IndexLockedException">A CLI still holds it exclusively after <paramref name="wait"/>.</exception>
    public static ServingLock Share(string root, TimeSpan wait) =>
        new(LockFile.Open(root, FileName, FileShare.Read, wait, TimeSpan.FromMilliseconds(50), () =>
            $"the index at '{root}' is being written by 'searchengine add' or 'delete' (it holds {FileName})"));

    /// <summary>Taken by a CLI write; null at once when a server has the root open.</summary>
    public static ServingLock? TryExclusive(string root) =>
        LockFile.TryOpen(root, FileName, FileShare.None) is { } stream ? new ServingLock(stream) : null;

    public void Dispose() => _stream.Dispose();
}
