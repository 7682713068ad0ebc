namespace SearchEngine.Core.Facets;

/// <summary>One facet value and how many matching papers have it. <see cref="Label"/> is set for topics.</summary>
public sealed record FacetValue(string Value, int Count, string? Label = null);
