using SearchEngine.Core.Snippets;

namespace SearchEngine.Core.Search;

/// <summary>One result card: what the result list shows, with the matched spans of the title and snippet as data.</summary>
public sealed record SearchHit
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>Matched spans of <see cref="Title"/> (UTF-16 code units).</summary>
    public IReadOnlyList<HighlightRange> TitleHighlights { get; init; } = [];
    public IReadOnlyList<string> Authors { get; init; } = [];
    public bool AuthorsTruncated { get; init; }
    public string? Venue { get; init; }
    public int? Year { get; init; }
    public string? Type { get; init; }
    /// <summary>Every topic of the paper: given ones first, then inferred ones.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>Which of <see cref="Topics"/> the engine inferred (no source gave them); cards mark these.</summary>
    public IReadOnlyList<string> InferredTopics { get; init; } = [];
    public bool HasCode { get; init; }
    /// <summary>The first link to the paper's code (a repository on a code host), or null.</summary>
    public string? CodeUrl { get; init; }
    /// <summary>Code, arXiv, DOI and other links, each with where it was found (<c>abstract</c> or <c>source</c>).</summary>
    public IReadOnlyList<Papers.PaperLink> Links { get; init; } = [];
    /// <summary>A piece of the abstract (the title when there is none) around the matches; null for a paper without text.</summary>
    public Snippet? Snippet { get; init; }
    public float Score { get; init; }
}
