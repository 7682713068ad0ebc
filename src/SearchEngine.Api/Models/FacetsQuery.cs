using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using SearchEngine.Core.Search;

namespace SearchEngine.Api.Models;

/// <summary>The query string of <c>/api/facets</c> besides the filters: the query text and which facets to count.</summary>
public sealed record FacetsQuery
{
    [FromQuery(Name = "q"), Description("Query text, as for search.")]
    public string? Q { get; init; }

    [FromQuery(Name = "facets"), Description("Facets to count, each with an optional limit: venue,topic,year,type,author:50.")]
    public string? Facets { get; init; }

    // No page: SearchService.Facets counts the matches without ranking them.
    public SearchParameters ToParameters(FilterParameters filters) => new()
    {
        Q = Q, Filters = filters.Values, Facets = Facets,
    };
}
