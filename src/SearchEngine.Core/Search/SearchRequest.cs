using System.Globalization;
using SearchEngine.Core.Errors;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Search;

/// <summary>A validated search request. Built only through <see cref="TryParse"/>.</summary>
public sealed record SearchRequest
{
    public const int MaxSize = 100;
    public const int MaxWindow = 10_000;

    public string Query { get; init; } = "";
    public SearchFilters Filters { get; init; } = new();
    public SortOrder Sort { get; init; } = SortOrder.Relevance;
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 10;
    public SearchCursor? Cursor { get; init; }
    public IReadOnlyList<FacetRequest> Facets { get; init; } = FacetDimensions.Defaults;

    /// <summary>Validates raw parameters; every problem becomes a catalogued error (all are reported, not just the first).</summary>
    public static SearchRequest? TryParse(SearchParameters p, out IReadOnlyList<SearchError> errors)
    {
        var list = new List<SearchError>();
        var request = new SearchRequest { Query = p.Q?.Trim() ?? "" };

        YearRange? year = null;
        if (!string.IsNullOrWhiteSpace(p.Year))
        {
            year = YearRange.TryParse(p.Year, out var error, out var inverted);
            if (year is null)
            {
                list.Add(new(inverted ? SearchErrorCode.InvertedYearRange : SearchErrorCode.InvalidYear, "year", error!));
            }
        }

        var types = new List<string>();
        foreach (var t in Values(p.Type))
        {
            if (PublicationTypes.TryParse(t, out var type)) types.Add(type.ToCode());
            else list.Add(new(SearchErrorCode.UnknownType, "type",
                $"type '{t}' is unknown; use one of {string.Join(", ", PublicationTypes.Codes)}"));
        }

        bool? hasCode = null;
        if (!string.IsNullOrWhiteSpace(p.HasCode))
        {
            if (bool.TryParse(p.HasCode.Trim(), out var b)) hasCode = b;
            else list.Add(new(SearchErrorCode.InvalidHasCode, "hasCode", $"hasCode '{p.HasCode}' must be true or false"));
        }

        var sort = SortOrder.Relevance;
        if (!string.IsNullOrWhiteSpace(p.Sort) && !TryParseSort(p.Sort, out sort))
        {
            list.Add(new(SearchErrorCode.UnknownSort, "sort", $"sort '{p.Sort}' is unknown; use relevance, newest or oldest"));
        }

        var page = ParseInt(p.Page, "page", 1, SearchErrorCode.InvalidPage, list, min: 1, max: MaxWindow);
        var size = ParseInt(p.Size, "size", 10, SearchErrorCode.SizeOutOfRange, list, min: 1, max: MaxSize);
        if (page is { } pg && size is { } sz && (long)pg * sz > MaxWindow)
        {
            list.Add(new(SearchErrorCode.PageWindowTooDeep, "page",
                $"page × size must be at most {MaxWindow} (got {pg} × {sz} = {(long)pg * sz}); use the cursor for deeper pages"));
        }

        SearchCursor? cursor = null;
        if (!string.IsNullOrWhiteSpace(p.Cursor))
        {
            cursor = SearchCursor.TryDecode(p.Cursor.Trim());
            if (cursor is null) list.Add(new(SearchErrorCode.InvalidCursor, "cursor", "cursor is not valid; use the nextCursor of a previous response"));
            else if (cursor.Sort != sort) list.Add(new(SearchErrorCode.InvalidCursor, "cursor",
                $"cursor was made for sort '{cursor.Sort.ToString().ToLowerInvariant()}', not '{sort.ToString().ToLowerInvariant()}'"));
        }

        var facets = ParseFacets(p.Facets, list);

        errors = list;
        if (list.Count > 0) return null;
        return request with
        {
            Filters = new SearchFilters
            {
                Year = year,
                Venues = Values(p.Venue),
                Topics = Values(p.Topic),
                Authors = Values(p.Author),
                Types = types.Distinct().ToList(),
                HasCode = hasCode,
            },
            Sort = sort,
            Page = page ?? 1,
            Size = size ?? 10,
            Cursor = cursor,
            Facets = facets,
        };
    }

    public static bool TryParseSort(string text, out SortOrder sort)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "relevance": sort = SortOrder.Relevance; return true;
            case "newest": sort = SortOrder.Newest; return true;
            case "oldest": sort = SortOrder.Oldest; return true;
            default: sort = SortOrder.Relevance; return false;
        }
    }

    /// <summary>Non-empty trimmed values; a single value may also hold a comma-separated list.</summary>
    private static List<string> Values(IReadOnlyList<string>? raw) =>
        (raw ?? []).SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static int? ParseInt(string? text, string name, int fallback, SearchErrorCode code, List<SearchError> errors,
        int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }
        errors.Add(new(code, name, $"{name} '{text}' must be a whole number from {min} to {max}"));
        return null;
    }

    private static IReadOnlyList<FacetRequest> ParseFacets(string? text, List<SearchError> errors)
    {
        if (text is null) return FacetDimensions.Defaults;
        var result = new List<FacetRequest>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var name = (colon < 0 ? part : part[..colon]).ToLowerInvariant();
            if (!FacetDimensions.All.Contains(name))
            {
                errors.Add(new(SearchErrorCode.UnknownFacet, "facets",
                    $"facet '{name}' is unknown; use any of {string.Join(", ", FacetDimensions.All)}"));
                continue;
            }
            var limit = FacetDimensions.DefaultLimit(name);
            if (colon >= 0 && !(int.TryParse(part[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out limit)
                    && limit is >= 1 and <= FacetDimensions.MaxLimit))
            {
                errors.Add(new(SearchErrorCode.InvalidFacetLimit, "facets",
                    $"facet limit in '{part}' must be a whole number from 1 to {FacetDimensions.MaxLimit}"));
                continue;
            }
            if (result.All(f => f.Dimension != name)) result.Add(new FacetRequest(name, limit));
        }
        return result;
    }
}
