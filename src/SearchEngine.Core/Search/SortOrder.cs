namespace SearchEngine.Core.Search;

/// <summary>Result order. Relevance ties are broken by year (newest first) then id, so order is deterministic.</summary>
public enum SortOrder
{
    Relevance,
    Newest,
    Oldest,
}
