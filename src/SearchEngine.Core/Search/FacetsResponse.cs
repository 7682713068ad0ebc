using SearchEngine.Core.Facets;

namespace SearchEngine.Core.Search;

/// <summary>The facets-only JSON (<c>GET /api/facets</c>, <c>searchengine facets --json</c>).</summary>
public sealed record FacetsResponse
{
    public int Total { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } =
        new Dictionary<string, IReadOnlyList<FacetValue>>();
    public IReadOnlyDictionary<string, FacetInfo> FacetInfo { get; init; } = new Dictionary<string, FacetInfo>();
}
