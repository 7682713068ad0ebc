using System.Globalization;
using SearchEngine.Core.Errors;
using SearchEngine.Core.Schema;

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
    public IReadOnlyList<FacetRequest> Facets { get; init; } = FacetRequest.Defaults;
    /// <summary>
    /// How hits are ranked (<see cref="HybridSearch"/>); set by the caller from <c>mode=</c> once it knows whether
    /// the index has vectors. <see cref="SearchService"/> ranks lexical and hybrid; semantic is HybridSearch's.
    /// </summary>
    public RetrievalMode Mode { get; init; } = RetrievalMode.Lexical;

    /// <summary>Validates raw parameters; every problem becomes a catalogued error (all are reported, not just the first).</summary>
    public static SearchRequest? TryParse(SearchParameters p, out IReadOnlyList<SearchError> errors)
    {
        var list = new List<SearchError>();
        var request = new SearchRequest { Query = p.Q?.Trim() ?? "" };

        var filters = SearchFilters.TryParse(p.Filters, list);

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
            Filters = filters!,
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
        if (text is null) return FacetRequest.Defaults;
        var result = new List<FacetRequest>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? part : part[..colon];
            if (Dimensions.Find(name) is not { Facet: true } dimension)
            {
                errors.Add(new(SearchErrorCode.UnknownFacet, "facets",
                    $"facet '{name}' is unknown; use any of {string.Join(", ", Dimensions.Facets.Select(d => d.Name))}"));
                continue;
            }
            var limit = dimension.FacetLimit;
            if (colon >= 0 && !(int.TryParse(part[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out limit)
                    && limit is >= 1 and <= FacetRequest.MaxLimit))
            {
                errors.Add(new(SearchErrorCode.InvalidFacetLimit, "facets",
                    $"facet limit in '{part}' must be a whole number from 1 to {FacetRequest.MaxLimit}"));
                continue;
            }
            if (result.All(f => f.Dimension != dimension)) result.Add(new FacetRequest(dimension, limit));
        }
        return result;
    }
}
