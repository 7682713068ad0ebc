namespace SearchEngine.Core.Search;

/// <summary>Filters: OR within a dimension, AND across dimensions.</summary>
public sealed record SearchFilters
{
    public YearRange? Year { get; init; }
    public IReadOnlyList<string> Venues { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Types { get; init; } = [];
    public bool? HasCode { get; init; }

    public bool IsEmpty => Year is null && Venues.Count == 0 && Topics.Count == 0 && Authors.Count == 0
        && Types.Count == 0 && HasCode is null;
}
