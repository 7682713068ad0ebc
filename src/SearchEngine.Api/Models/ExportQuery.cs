using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using SearchEngine.Core.Search;

namespace SearchEngine.Api.Models;

/// <summary>The query string of <c>/api/export</c> besides the filters: the query text, the order and the format.</summary>
public sealed record ExportQuery
{
    [FromQuery(Name = "q"), Description("Query text, as for search.")]
    public string? Q { get; init; }

    [FromQuery(Name = "sort"), Description("relevance (default), newest or oldest.")]
    public string? Sort { get; init; }

    [FromQuery(Name = "mode"), Description("hybrid (default with embeddings) or lexical, as for search; semantic exports as lexical (every match of the words).")]
    public string? Mode { get; init; }

    [FromQuery(Name = "format"), Description("csv (default), bibtex or ris.")]
    public string? Format { get; init; }

    public SearchParameters ToParameters(FilterParameters filters) => new() { Q = Q, Filters = filters.Values, Sort = Sort };
}
