using System.Reflection;
using Microsoft.Extensions.Primitives;
using SearchEngine.Core.Schema;

namespace SearchEngine.Api.Models;

/// <summary>
/// The filter parameters of search, facets and similar papers: one repeatable query parameter per filterable
/// dimension of <see cref="Dimensions"/> (<c>venue=…&amp;venue=…</c>, <c>year=2018-2022</c>, <c>hasCode=true</c>).
/// Bound from the query string by <see cref="BindAsync"/>; validated in Core by
/// <see cref="Core.Search.SearchFilters.TryParse"/>. <see cref="Hosting.FilterParametersTransformer"/> describes them
/// in the OpenAPI document from the same table.
/// </summary>
public sealed record FilterParameters(IReadOnlyDictionary<string, IReadOnlyList<string>> Values)
{
    /// <summary>Minimal APIs call this to bind a <see cref="FilterParameters"/> parameter.</summary>
    public static ValueTask<FilterParameters?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        _ = parameter;
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var dimension in Dimensions.Filters)
        {
            // why: the query collection is case-insensitive, so hascode= and hasCode= both bind.
            if (context.Request.Query.TryGetValue(dimension.Name, out StringValues raw) && raw.Count > 0)
            {
                values[dimension.Name] = raw.Where(v => v is not null).Select(v => v!).ToList();
            }
        }
        return ValueTask.FromResult<FilterParameters?>(new FilterParameters(values));
    }
}
