namespace SearchEngine.Core.Facets;

/// <summary>Counted facets: top values per dimension and each dimension's <see cref="FacetInfo"/>.</summary>
public sealed record FacetResults(
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Values,
    IReadOnlyDictionary<string, FacetInfo> Info)
{
    public static FacetResults Empty { get; } = new(
        new Dictionary<string, IReadOnlyList<FacetValue>>(), new Dictionary<string, FacetInfo>());

    /// <summary>
    /// Sets <see cref="FacetInfo.LeftOut"/> for each counted dimension with a <see cref="Schema.Dimension.MissingValue"/>
    /// whose filter does not ask for it: the counts are drill-sideways (without that dimension's own filter), so the
    /// papers missing a value are exactly the ones the filter leaves out for having none.
    /// </summary>
    public FacetResults WithLeftOut(Search.SearchFilters filters)
    {
        var info = Info.ToDictionary(kv => kv.Key, kv => filters.ByDimension.GetValueOrDefault(kv.Key) is { Missing: false } f
            && f.Dimension.MissingValue is not null ? kv.Value with { LeftOut = kv.Value.Missing } : kv.Value, StringComparer.Ordinal);
        return this with { Info = info };
    }
}
