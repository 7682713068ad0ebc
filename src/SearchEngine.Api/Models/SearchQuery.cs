using System.ComponentModel;
using SearchEngine.Core.Search;

namespace SearchEngine.Api.Models;

/// <summary>
/// The query string of <c>/api/search</c> and <c>/api/facets</c>. Everything is text: validation happens in
/// <see cref="SearchRequest.TryParse"/>, so every bad value becomes a catalogued problem, never a binding failure.
/// </summary>
public sealed record SearchQuery
{
    [Description("Query text: words, \"phrases\", +must, -not, title:, author:, word*, word~.")]
    public string? Q { get; init; }

    [Description("Year or range: 2020, 2018-2022, 2018-, -2015.")]
    public string? Year { get; init; }

    [Description("Venue (repeatable; OR within the dimension).")]
    public string[]? Venue { get; init; }

    [Description("Topic code such as cs.CV, or a group such as cs (repeatable; OR).")]
    public string[]? Topic { get; init; }

    [Description("Author name (repeatable; OR).")]
    public string[]? Author { get; init; }

    [Description("conference, journal or preprint (repeatable; OR).")]
    public string[]? Type { get; init; }

    [Description("true or false.")]
    public string? HasCode { get; init; }

    [Description("relevance (default), newest or oldest.")]
    public string? Sort { get; init; }

    [Description("Page number from 1; page × size at most 10000.")]
    public string? Page { get; init; }

    [Description("Hits per page, 1 to 100 (default 10).")]
    public string? Size { get; init; }

    [Description("nextCursor of a previous response (deep paging).")]
    public string? Cursor { get; init; }

    [Description("Facets to count, each with an optional limit: venue,topic,year,type,author:50.")]
    public string? Facets { get; init; }

    [Description("Search only: json (default), or csv, bibtex, ris to export the result page.")]
    public string? Format { get; init; }

    public SearchParameters ToParameters() => new()
    {
        Q = Q,
        Year = Year,
        Venue = Venue,
        Topic = Topic,
        Author = Author,
        Type = Type,
        HasCode = HasCode,
        Sort = Sort,
        Page = Page,
        Size = Size,
        Cursor = Cursor,
        Facets = Facets,
    };
}
