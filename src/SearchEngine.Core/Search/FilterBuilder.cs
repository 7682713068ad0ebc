using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Search;

/// <summary>
/// Builds one Lucene query per filter dimension (OR within the dimension), keyed by the facet dimension it
/// restricts, so drill-sideways counting can leave out a dimension's own filter.
/// </summary>
internal static class FilterBuilder
{
    /// <summary>The key of the has-code filter, which has no facet dimension.</summary>
    public const string HasCodeKey = "hasCode";

    public static Dictionary<string, Query> Build(SearchFilters filters)
    {
        var result = new Dictionary<string, Query>(StringComparer.Ordinal);
        if (filters.Year is { } year)
        {
            result[FacetDimensions.Year] = NumericRangeQuery.NewInt32Range(PaperFields.Year, year.From, year.To, true, true);
        }
        AddTerms(result, FacetDimensions.Venue, PaperFields.Venue, filters.Venues);
        AddTerms(result, FacetDimensions.Topic, PaperFields.Topic, filters.Topics);
        AddTerms(result, FacetDimensions.Author, PaperFields.AuthorKey, filters.Authors);
        AddTerms(result, FacetDimensions.Type, PaperFields.Type, filters.Types);
        if (filters.HasCode is { } hasCode)
        {
            result[HasCodeKey] = new TermQuery(new Term(PaperFields.HasCode, hasCode ? "true" : "false"));
        }
        return result;
    }

    /// <summary>The base query restricted by every filter except <paramref name="except"/>; scores come from the base.</summary>
    public static Query Apply(Query baseQuery, Dictionary<string, Query> filters, string? except = null)
    {
        var active = filters.Where(f => f.Key != except).Select(f => f.Value).ToList();
        if (active.Count == 0) return baseQuery;
        var all = new BooleanQuery();
        foreach (var f in active) all.Add(f, Occur.MUST);
        // why: FilteredQuery restricts without changing the base query's scores (a MUST clause would add to them).
        return new FilteredQuery(baseQuery, new QueryWrapperFilter(all));
    }

    private static void AddTerms(Dictionary<string, Query> result, string key, string field, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        if (values.Count == 1)
        {
            result[key] = new TermQuery(new Term(field, PaperDocumentMapper.FilterKey(values[0])));
            return;
        }
        // why: a terms filter has no 1,024-clause limit (a BooleanQuery of many values threw TooManyClauses).
        result[key] = Querying.TermSetQuery.Any(field, values.Select(PaperDocumentMapper.FilterKey));
    }
}
