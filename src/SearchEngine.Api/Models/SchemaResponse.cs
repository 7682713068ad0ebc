using SearchEngine.Core.Schema;

namespace SearchEngine.Api.Models;

/// <summary><c>GET /api/schema</c>: the filter/facet dimensions, so clients build their filters from data.</summary>
public sealed record SchemaResponse(IReadOnlyList<SchemaDimension> Dimensions)
{
    public static SchemaResponse From(IEnumerable<Dimension> dimensions) =>
        new(dimensions.Select(d => new SchemaDimension(d.Name, d.Label, d.Description, d.Kind, d.MultiValued, d.Filter, d.Facet,
            d.FacetLimit, d.AllowedValues)).ToList());
}

/// <summary>One dimension as clients see it: <see cref="Name"/> is its query parameter and facet key.</summary>
public sealed record SchemaDimension(string Name, string Label, string Description, DimensionKind Kind, bool MultiValued,
    bool Filter, bool Facet, int FacetLimit, IReadOnlyList<string>? AllowedValues);
