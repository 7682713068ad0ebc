namespace SearchEngine.Core.Facets;

/// <summary>Counted facets: top values per dimension and each dimension's <see cref="FacetInfo"/>.</summary>
public sealed record FacetResults(
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Values,
    IReadOnlyDictionary<string, FacetInfo> Info)
{
    public static FacetResults Empty { get; } = new(
        new Dictionary<string, IReadOnlyList<FacetValue>>(), new Dictionary<string, FacetInfo>());
}
