namespace SearchEngine.Core.Search;

/// <summary>
/// A search request as the user typed it (query string or CLI options), unvalidated. Everything is text so that
/// every malformed value becomes a catalogued error rather than a binding failure.
/// </summary>
public sealed record SearchParameters
{
    public string? Q { get; init; }

    /// <summary>Raw filter values keyed by dimension name (<see cref="Schema.Dimensions"/>), validated by <see cref="SearchFilters.TryParse"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

    public string? Sort { get; init; }
    public string? Page { get; init; }
    public string? Size { get; init; }
    public string? Cursor { get; init; }
    /// <summary>Comma-separated dimensions, each with an optional limit: <c>venue,topic,author:50</c>.</summary>
    public string? Facets { get; init; }

    /// <summary>These parameters with <paramref name="values"/> added to the filter of <paramref name="dimension"/>.</summary>
    public SearchParameters Where(string dimension, params string[] values)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(Filters, StringComparer.OrdinalIgnoreCase);
        filters[dimension] = [.. filters.GetValueOrDefault(dimension) ?? [], .. values];
        return this with { Filters = filters };
    }
}
