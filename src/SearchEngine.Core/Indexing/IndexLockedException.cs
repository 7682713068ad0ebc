namespace SearchEngine.Core.Indexing;

/// <summary>Another process holds the index root's <see cref="IndexLock"/>.</summary>
public sealed class IndexLockedException(string message) : Exception(message);
