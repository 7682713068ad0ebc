using System.ComponentModel;
using SearchEngine.Core.Search;

namespace SearchEngine.Api.Models;

/// <summary>The query string of <c>/api/papers/{id}/similar</c>: how many, and the same filters as search.</summary>
public sealed record FilterQuery
{
    [Description("How many similar papers, 1 to 100 (default 10).")]
    public string? Size { get; init; }

    [Description("Year or range: 2020, 2018-2022, 2018-, -2015.")]
    public string? Year { get; init; }

    [Description("Venue (repeatable; OR).")]
    public string[]? Venue { get; init; }

    [Description("Topic code or group (repeatable; OR).")]
    public string[]? Topic { get; init; }

    [Description("Author name (repeatable; OR).")]
    public string[]? Author { get; init; }

    [Description("conference, journal or preprint (repeatable; OR).")]
    public string[]? Type { get; init; }

    [Description("true or false.")]
    public string? HasCode { get; init; }

    public SearchParameters ToParameters() => new()
    {
        Size = Size, Year = Year, Venue = Venue, Topic = Topic, Author = Author, Type = Type, HasCode = HasCode,
    };
}
