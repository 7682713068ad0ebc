namespace SearchEngine.Core.Indexing;

/// <summary>No complete index exists at the given location.</summary>
public sealed class IndexNotFoundException(string message) : Exception(message);
