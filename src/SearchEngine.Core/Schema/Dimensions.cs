using System.Globalization;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Topics;

namespace SearchEngine.Core.Schema;

/// <summary>
/// The table of filter/facet dimensions: the one place a dimension is described. Adding a row (and, when the
/// paper does not already expose the value, one value-extraction line) adds a filter, a facet, an API parameter,
/// a CLI option and a sidebar section.
/// </summary>
public static class Dimensions
{
    public static Dimension Venue { get; } = new()
    {
        Name = "venue", Label = "Venue", Kind = DimensionKind.Keyword,
        Description = "Venue (repeatable; OR within the dimension).",
        IndexedField = PaperFields.Venue, DocValuesField = PaperFields.VenueFacet,
        Values = p => p.Venue is { Length: > 0 } v ? [v] : [],
    };

    public static Dimension Topic { get; } = new()
    {
        Name = "topic", Label = "Topic", Kind = DimensionKind.Keyword, MultiValued = true, FacetLimit = 30,
        Description = "Topic code such as cs.CV, or a group such as cs (repeatable; OR).",
        IndexedField = PaperFields.Topic, DocValuesField = PaperFields.TopicFacet,
        Values = p => p.AllTopics,
        GroupOf = Taxonomy.GroupOf,
        ValueLabel = Taxonomy.Label,
    };

    public static Dimension Year { get; } = new()
    {
        Name = "year", Label = "Year", Kind = DimensionKind.Year, FacetLimit = 200,
        Description = "Year or range: 2020, 2018-2022, 2018-, -2015; unknown for undated papers, also with a range: 2018-2022,unknown.",
        IndexedField = PaperFields.Year, DocValuesField = PaperFields.YearValue,
        MissingValue = "unknown",
        Values = p => p.Year is { } y ? [y.ToString(CultureInfo.InvariantCulture)] : [],
    };

    public static Dimension Type { get; } = new()
    {
        Name = "type", Label = "Type", Kind = DimensionKind.Keyword,
        Description = "conference, journal or preprint (repeatable; OR).",
        IndexedField = PaperFields.Type, DocValuesField = PaperFields.TypeFacet,
        AllowedValues = PublicationTypes.Codes,
        Values = p => p.Type is { } t ? [t.ToCode()] : [],
        Canonical = v => PublicationTypes.TryParse(v, out var t) ? t.ToCode() : null,
    };

    public static Dimension Author { get; } = new()
    {
        Name = "author", Label = "Author", Kind = DimensionKind.Keyword, MultiValued = true, CountedByDefault = false,
        Description = "Author name (repeatable; OR).",
        IndexedField = PaperFields.AuthorKey, DocValuesField = PaperFields.AuthorFacet,
        Values = p => p.Authors,
    };

    public static Dimension HasCode { get; } = new()
    {
        Name = "hasCode", Label = "Code", Kind = DimensionKind.Boolean, FacetLimit = 2,
        Description = "true or false: papers with (or without) a link to their code.",
        IndexedField = PaperFields.HasCode, DocValuesField = PaperFields.HasCodeFacet,
        AllowedValues = ["true", "false"],
        Values = p => [p.HasCode ? "true" : "false"],
        Canonical = v => bool.TryParse(v.Trim(), out var b) ? (b ? "true" : "false") : null,
    };

    /// <summary>Every dimension, in the order facets are returned and the page shows them.</summary>
    public static IReadOnlyList<Dimension> All { get; } = [Venue, Topic, Year, Type, Author, HasCode];

    /// <summary>The dimensions a request can filter by.</summary>
    public static IReadOnlyList<Dimension> Filters { get; } = All.Where(d => d.Filter).ToList();

    /// <summary>The dimensions whose values are counted.</summary>
    public static IReadOnlyList<Dimension> Facets { get; } = All.Where(d => d.Facet).ToList();

    /// <summary>The facets a request counts when it does not name any (<see cref="Dimension.CountedByDefault"/>).</summary>
    public static IReadOnlyList<Dimension> DefaultFacets { get; } = Facets.Where(d => d.CountedByDefault).ToList();

    /// <summary>
    /// A hash of what the table makes an index hold (names, fields, kinds, filter/facet flags), recorded with each
    /// index so that changing a row rebuilds indexes built before.
    /// </summary>
    public static string Fingerprint { get; } = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join("\n", All.Select(d =>
            $"{d.Name}|{d.Kind}|{d.IndexedField}|{d.DocValuesField}|{d.MultiValued}|{d.Filter}|{d.Facet}|{d.GroupOf is not null}")))))[..16];

    /// <summary>The dimension named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static Dimension? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
