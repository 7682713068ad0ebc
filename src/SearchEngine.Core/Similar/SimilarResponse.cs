using SearchEngine.Core.Search;

namespace SearchEngine.Core.Similar;

/// <summary>Similar papers and the terms that made them similar ("why similar").</summary>
public sealed record SimilarResponse
{
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];
    /// <summary>The chosen terms, most important first, in a readable form taken from the source text.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];
    /// <summary>How the papers were found: lexical, semantic or hybrid (see <see cref="HybridSimilarPapers"/>).</summary>
    public string Mode { get; init; } = "lexical";
    public long TookMs { get; init; }
}
