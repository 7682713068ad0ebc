using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Schema;

/// <summary>
/// One filter/facet dimension of the paper index (venue, topic, year…), described once. The document mapper,
/// filters, facet counting, request parsing, the API's parameters and schema, the CLI's options and the page's
/// sidebar are all derived from the rows of <see cref="Dimensions.All"/>.
/// </summary>
public sealed record Dimension
{
    /// <summary>Query parameter, facet key and (kebab-cased) CLI option: <c>venue</c>, <c>hasCode</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What the page shows as the dimension's heading.</summary>
    public required string Label { get; init; }

    /// <summary>What a filter value looks like: the API's parameter description and the CLI's option help.</summary>
    public required string Description { get; init; }

    public required DimensionKind Kind { get; init; }

    /// <summary>The indexed field filters match: exact lower-cased terms, or an <c>Int32Field</c> for years.</summary>
    public required string IndexedField { get; init; }

    /// <summary>The doc-values column facet counting (and, for years, sorting) reads: printed values.</summary>
    public required string DocValuesField { get; init; }

    /// <summary>Whether a paper can have several values (topics, authors).</summary>
    public bool MultiValued { get; init; }

    /// <summary>Whether the dimension can restrict results.</summary>
    public bool Filter { get; init; } = true;

    /// <summary>Whether the dimension's values are counted (a facet), which also gives it a doc-values column.</summary>
    public bool Facet { get; init; } = true;

    /// <summary>
    /// Whether a request that does not name its facets (no <c>facets=</c>) counts this one. False for a dimension
    /// with about as many values as papers (authors): its counts cost more than all others together and only a
    /// client that shows them should pay for them, by asking.
    /// </summary>
    public bool CountedByDefault { get; init; } = true;

    /// <summary>How many values a facet returns unless the request says otherwise.</summary>
    public int FacetLimit { get; init; } = 10;

    /// <summary>A closed vocabulary (types, booleans): the only values a filter accepts, in canonical form.</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>The paper's values, as printed (years as invariant digits).</summary>
    public required Func<Paper, IEnumerable<string>> Values { get; init; }

    /// <summary>
    /// A filter value in canonical form, or null when it is not a valid value (closed vocabularies). Defaults to
    /// the trimmed value.
    /// </summary>
    public Func<string, string?> Canonical { get; init; } = v => v.Trim();

    /// <summary>
    /// The group a value rolls up to (<c>cs.CV</c> → <c>cs</c>): filtering by the group matches every value in it,
    /// and facet counts are also reported per group. Null for dimensions without groups.
    /// </summary>
    public Func<string, string?>? GroupOf { get; init; }

    /// <summary>
    /// The value that stands for "no value" (years: <c>unknown</c>), or null. When set, the facet reports papers without
    /// a value under it, and a filter value equal to it selects them (alone, or ORed with the other values).
    /// </summary>
    public string? MissingValue { get; init; }

    /// <summary>A display label for a value (a topic code's name), or null.</summary>
    public Func<string, string?>? ValueLabel { get; init; }

    /// <summary>The CLI option of the filter: <c>--venue</c>, <c>--has-code</c>.</summary>
    public string CliOption => "--" + string.Concat(Name.Select(c => char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>The exact-match key of a filter value: lower-case, so <c>venue=neurips</c> finds <c>NeurIPS</c>.</summary>
    public static string FilterKey(string value) => value.Trim().ToLowerInvariant();
}
