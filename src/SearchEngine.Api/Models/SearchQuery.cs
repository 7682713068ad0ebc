using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using SearchEngine.Core.Search;

namespace SearchEngine.Api.Models;

/// <summary>
/// The query string of <c>/api/search</c> besides the filters (<see cref="FilterParameters"/>). Everything is text:
/// validation happens in <see cref="SearchRequest.TryParse"/>, so every bad value becomes a catalogued problem, never
/// a binding failure.
/// </summary>
public sealed record SearchQuery
{
    [FromQuery(Name = "q"), Description("Query text: words, \"phrases\", +must, -not, title:, author:, word*, word~.")]
    public string? Q { get; init; }

    [FromQuery(Name = "sort"), Description("relevance (default), newest or oldest.")]
    public string? Sort { get; init; }

    [FromQuery(Name = "page"), Description("Page number from 1; page × size at most 10000.")]
    public string? Page { get; init; }

    [FromQuery(Name = "size"), Description("Hits per page, 1 to 100 (default 10).")]
    public string? Size { get; init; }

    [FromQuery(Name = "cursor"), Description("nextCursor of a previous response (deep paging).")]
    public string? Cursor { get; init; }

    [FromQuery(Name = "facets"), Description("Facets to count, each with an optional limit: venue,topic,year,type,author:50.")]
    public string? Facets { get; init; }

    [FromQuery(Name = "mode"), Description("hybrid (default when the index has embeddings: the matches of the words re-ranked with their meaning), lexical, or semantic (nearest by meaning, also papers without the words). Relevance order only.")]
    public string? Mode { get; init; }

    [FromQuery(Name = "format"), Description("json (default), or csv, bibtex, ris to export the result page.")]
    public string? Format { get; init; }

    public SearchParameters ToParameters(FilterParameters filters) => new()
    {
        Q = Q, Filters = filters.Values, Sort = Sort, Page = Page, Size = Size, Cursor = Cursor, Facets = Facets,
    };
}
