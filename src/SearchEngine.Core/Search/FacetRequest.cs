using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Search;

/// <summary>One facet dimension to count and how many values to return ("show more" raises the limit).</summary>
public sealed record FacetRequest(Dimension Dimension, int Limit)
{
    /// <summary>The largest limit a request may ask for.</summary>
    public const int MaxLimit = 1000;

    /// <summary>
    /// What a request without <c>facets=</c> counts: every facet dimension counted by default (all but authors), at
    /// its default limit.
    /// </summary>
    public static IReadOnlyList<FacetRequest> Defaults { get; } =
        Dimensions.DefaultFacets.Select(d => new FacetRequest(d, d.FacetLimit)).ToList();
}
