namespace SearchEngine.Core.Papers;

/// <summary>
/// One paper as one source lists it, before merging. Values the source does not give stay null/empty;
/// values implied by the page kind (not printed in the record) are named in <see cref="ImpliedFields"/>.
/// </summary>
public sealed record PaperRecord
{
    public required string Title { get; init; }
    /// <summary>Other titles of the same work an earlier merge found (only JSON Lines imports carry them).</summary>
    public IReadOnlyList<string> AlternateTitles { get; init; } = [];
    public string? Abstract { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>True when the source cut the author list ("et al.", or a site that shows at most N names).</summary>
    public bool AuthorsTruncated { get; init; }
    public string? Venue { get; init; }
    public PublicationType? Type { get; init; }
    public int? Year { get; init; }
    public DateOnly? Date { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>Topics an earlier run inferred (only JSON Lines imports carry them).</summary>
    public IReadOnlyList<string> InferredTopics { get; init; } = [];
    public bool? HasCode { get; init; }
    public string? Affiliation { get; init; }
    /// <summary>An id the source itself gives (arXiv id, JSON Lines id); wins over the derived id.</summary>
    public string? SourceId { get; init; }
    public string? Doi { get; init; }
    public string? Url { get; init; }
    public int? Citations { get; init; }
    /// <summary>Field names (<c>venue</c>, <c>type</c>) filled from what the page kind implies rather than the record.</summary>
    public IReadOnlyList<string> ImpliedFields { get; init; } = [];
    public required SourceRef Source { get; init; }
    /// <summary>
    /// Provenance carried by the record itself (a JSON Lines export of merged papers). When set, merging
    /// keeps these entries instead of pointing at the file the record was read from.
    /// </summary>
    public IReadOnlyList<PaperSource>? CarriedSources { get; init; }
}
