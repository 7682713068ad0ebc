namespace SearchEngine.Core.Search;

/// <summary>One result card: what the result list shows, plus the highlighted snippet (HTML-escaped, &lt;mark&gt;).</summary>
public sealed record SearchHit
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public bool AuthorsTruncated { get; init; }
    public string? Venue { get; init; }
    public int? Year { get; init; }
    public string? Type { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public bool HasCode { get; init; }
    public string Snippet { get; init; } = "";
    public float Score { get; init; }
}
