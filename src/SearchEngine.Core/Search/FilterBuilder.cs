using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Querying;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Search;

/// <summary>
/// Builds one Lucene query per filtered dimension (OR within the dimension), keyed by the dimension's name, so
/// drill-sideways counting can leave out a dimension's own filter.
/// </summary>
internal static class FilterBuilder
{
    public static Dictionary<string, Query> Build(SearchFilters filters)
    {
        var result = new Dictionary<string, Query>(StringComparer.Ordinal);
        foreach (var (name, filter) in filters.ByDimension)
        {
            result[name] = ForDimension(filter);
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

    private static Query ForDimension(DimensionFilter filter)
    {
        var field = filter.Dimension.IndexedField;
        if (filter.Dimension.Kind == DimensionKind.Year)
        {
            Query? inRange = filter.Range is { } range ? NumericRangeQuery.NewInt32Range(field, range.From, range.To, true, true) : null;
            if (!filter.Missing) return inRange!;
            // Papers without a year: every paper but those with any year.
            var undated = new BooleanQuery
            {
                { new MatchAllDocsQuery(), Occur.MUST },
                { NumericRangeQuery.NewInt32Range(field, null, null, true, true), Occur.MUST_NOT },
            };
            if (inRange is null) return undated;
            return new BooleanQuery { { inRange, Occur.SHOULD }, { undated, Occur.SHOULD } };
        }
        var keys = filter.Values.Select(Dimension.FilterKey).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 1) return new TermQuery(new Term(field, keys[0]));
        // why: a terms filter has no 1,024-clause limit (a BooleanQuery of many values threw TooManyClauses).
        return TermSetQuery.Any(field, keys);
    }
}
