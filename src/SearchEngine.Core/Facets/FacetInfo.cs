namespace SearchEngine.Core.Facets;

/// <summary>
/// What a facet dimension reports beyond its top values: how many distinct values it has (for "show more"),
/// how many matching papers have no value, and, per dimension, the year histogram or the topic groups.
/// </summary>
public sealed record FacetInfo
{
    public int Distinct { get; init; }
    /// <summary>Matching papers without a value in this dimension (no venue, no year…).</summary>
    public int Missing { get; init; }
    public int Limit { get; init; }
    /// <summary>
    /// Set when a filter of this dimension leaves out papers without a value (a year range without <c>unknown</c>):
    /// how many papers matching the query and the other filters it leaves out for that reason. Null otherwise.
    /// </summary>
    public int? LeftOut { get; init; }
    /// <summary>Year only: every year from the first to the last with a count, zeros included, ascending.</summary>
    public IReadOnlyList<FacetValue>? Histogram { get; init; }
    /// <summary>Topic only: counts rolled up to groups (<c>cs.CV</c> → <c>cs</c>); a paper counts once per group.</summary>
    public IReadOnlyList<FacetValue>? Groups { get; init; }
}
