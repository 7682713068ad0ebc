namespace SearchEngine.Core.Papers;

/// <summary>
/// A merged paper: the unit that is indexed, searched and returned. Immutable.
/// </summary>
public sealed record Paper
{
    /// <summary>Stable, URL-safe id: a source-given id when present, else derived from the title key.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string Abstract { get; init; } = "";
    public IReadOnlyList<string> Authors { get; init; } = [];
    public bool AuthorsTruncated { get; init; }
    /// <summary>Year of the primary venue.</summary>
    public int? Year { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>Primary venue: a peer-reviewed venue beats a preprint server.</summary>
    public string? Venue { get; init; }
    public PublicationType? Type { get; init; }
    /// <summary>Topic codes the sources give (arXiv style, e.g. <c>cs.CV</c>).</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>Topic codes inferred by the engine for papers whose sources give none (marked as such).</summary>
    public IReadOnlyList<string> InferredTopics { get; init; } = [];
    public bool HasCode { get; init; }
    public string? Affiliation { get; init; }
    public string? Doi { get; init; }
    public string? Url { get; init; }
    public int? Citations { get; init; }
    public IReadOnlyList<PaperSource> Sources { get; init; } = [];
    /// <summary>Links to code, arXiv, DOI and other pages, from the sources and the abstract (see <see cref="Ingest.LinkFinder"/>).</summary>
    public IReadOnlyList<PaperLink> Links { get; init; } = [];
    /// <summary>Other titles the same work is listed under (a preprint's title when the venue's differs); searchable.</summary>
    public IReadOnlyList<string> AlternateTitles { get; init; } = [];
    /// <summary>Distinct papers that are versions of this one (a journal extension of a conference paper).</summary>
    public IReadOnlyList<PaperVersion> OtherVersions { get; init; } = [];

    /// <summary>The first link to code, or null.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? CodeUrl => Links.FirstOrDefault(l => l.Kind == PaperLink.Code)?.Url;

    /// <summary>Given topics first, then inferred ones.</summary>
    public IEnumerable<string> AllTopics => Topics.Concat(InferredTopics.Except(Topics, StringComparer.Ordinal));
}
