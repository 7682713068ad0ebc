using SearchEngine.Core.Errors;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Search;

/// <summary>
/// Validated filters, one per restricted <see cref="Dimension"/>: OR within a dimension, AND across dimensions.
/// Built from raw values by <see cref="TryParse"/>, the one place filter values are validated for search,
/// facets and similar papers alike.
/// </summary>
public sealed record SearchFilters
{
    /// <summary>The filter of each restricted dimension, keyed by <see cref="Dimension.Name"/>.</summary>
    public IReadOnlyDictionary<string, DimensionFilter> ByDimension { get; init; } =
        new Dictionary<string, DimensionFilter>(StringComparer.Ordinal);

    public bool IsEmpty => ByDimension.Count == 0;

    /// <summary>The filter of <paramref name="dimension"/>, or null when it is not restricted.</summary>
    public DimensionFilter? this[Dimension dimension] => ByDimension.GetValueOrDefault(dimension.Name);

    /// <summary>
    /// Validates raw filter values keyed by dimension name (case-insensitive; names that are no filterable dimension
    /// are ignored, as the edges only pass known ones). A keyword value may hold a comma-separated list. Every bad
    /// value becomes one error in <paramref name="errors"/>; the result is null when there was any.
    /// </summary>
    public static SearchFilters? TryParse(IReadOnlyDictionary<string, IReadOnlyList<string>>? raw, List<SearchError> errors)
    {
        var result = new Dictionary<string, DimensionFilter>(StringComparer.Ordinal);
        var before = errors.Count;
        foreach (var (name, values) in raw ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (Dimensions.Find(name) is not { Filter: true } dimension) continue;
            if (Parse(dimension, values, errors) is { } filter) result[dimension.Name] = filter;
        }
        return errors.Count > before ? null : new SearchFilters { ByDimension = result };
    }

    /// <summary>Filters from (dimension, value) pairs, for code and tests.</summary>
    /// <exception cref="ArgumentException">A value is not valid for its dimension.</exception>
    public static SearchFilters Of(params (string Dimension, string Value)[] pairs)
    {
        var raw = pairs.GroupBy(p => p.Dimension, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Value).ToList(), StringComparer.OrdinalIgnoreCase);
        var errors = new List<SearchError>();
        return TryParse(raw, errors) ?? throw new ArgumentException(string.Join("; ", errors.Select(e => e.Detail)), nameof(pairs));
    }

    private static DimensionFilter? Parse(Dimension dimension, IReadOnlyList<string> values, List<SearchError> errors)
    {
        var present = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        if (present.Count == 0) return null;
        if (dimension.Kind == DimensionKind.Year)
        {
            // why: a range is one value; a repeated year parameter means the last one, as for other single values.
            // It may be joined by the missing value ("2018-2022,unknown") to keep the undated papers too.
            var parts = present[^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var missing = dimension.MissingValue is { } m && parts.Contains(m, StringComparer.OrdinalIgnoreCase);
            var ranges = parts.Where(p => !string.Equals(p, dimension.MissingValue, StringComparison.OrdinalIgnoreCase)).ToList();
            if (ranges.Count > 1)
            {
                errors.Add(new(SearchErrorCode.InvalidYear, dimension.Name,
                    $"{dimension.Name} '{present[^1]}' holds {ranges.Count} ranges; give one range (2018-2022), optionally with ,{dimension.MissingValue}"));
                return null;
            }
            YearRange? range = null;
            if (ranges.Count == 1)
            {
                range = YearRange.TryParse(ranges[0], out var error, out var inverted);
                if (range is null)
                {
                    errors.Add(new(inverted ? SearchErrorCode.InvertedYearRange : SearchErrorCode.InvalidYear, dimension.Name, error!));
                    return null;
                }
            }
            return range is null && !missing ? null : new DimensionFilter(dimension, [], range, missing);
        }

        var accepted = new List<string>();
        var split = dimension.Kind == DimensionKind.Keyword
            ? present.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            : present.Select(v => v.Trim());
        foreach (var value in split)
        {
            if (dimension.Canonical(value) is { } canonical)
            {
                if (!accepted.Contains(canonical, StringComparer.OrdinalIgnoreCase)) accepted.Add(canonical);
                continue;
            }
            var allowed = dimension.AllowedValues is { } list ? $"; use {string.Join(", ", list)}" : "";
            errors.Add(new(SearchErrorCode.InvalidFilterValue, dimension.Name, $"{dimension.Name} '{value}' is not valid{allowed}"));
        }
        return accepted.Count == 0 ? null : new DimensionFilter(dimension, accepted);
    }
}
