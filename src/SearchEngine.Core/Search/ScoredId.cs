namespace SearchEngine.Core.Search;

/// <summary>A ranked document: its id and the score it was ranked by.</summary>
public readonly record struct ScoredId(string Id, float Score);
