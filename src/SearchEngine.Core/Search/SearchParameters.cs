namespace SearchEngine.Core.Search;

/// <summary>
/// A search request as the user typed it (query string or CLI options), unvalidated. Everything is text so that
/// every malformed value becomes a catalogued error rather than a binding failure.
/// </summary>
public sealed record SearchParameters
{
    public string? Q { get; init; }
    public string? Year { get; init; }
    public IReadOnlyList<string>? Venue { get; init; }
    public IReadOnlyList<string>? Topic { get; init; }
    public IReadOnlyList<string>? Author { get; init; }
    public IReadOnlyList<string>? Type { get; init; }
    public string? HasCode { get; init; }
    public string? Sort { get; init; }
    public string? Page { get; init; }
    public string? Size { get; init; }
    public string? Cursor { get; init; }
    /// <summary>Comma-separated dimensions, each with an optional limit: <c>venue,topic,author:50</c>.</summary>
    public string? Facets { get; init; }
}
