using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Search;

/// <summary>One facet dimension to count and how many values to return ("show more" raises the limit).</summary>
public sealed record FacetRequest(Dimension Dimension, int Limit)
{
    /// <summary>The largest limit a request may ask for.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Every facet dimension at its default limit: what a request without <c>facets=</c> counts.</summary>
    public static IReadOnlyList<FacetRequest> Defaults { get; } =
        Dimensions.Facets.Select(d => new FacetRequest(d, d.FacetLimit)).ToList();
}
