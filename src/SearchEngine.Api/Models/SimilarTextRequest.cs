namespace SearchEngine.Api.Models;

/// <summary>The body of <c>POST /api/similar</c>: a pasted text (an abstract, a title) and how many papers to return.</summary>
public sealed record SimilarTextRequest
{
    /// <summary>The text to find similar papers for.</summary>
    public string? Text { get; init; }

    /// <summary>How many similar papers, 1 to 100 (default 10).</summary>
    public int? Size { get; init; }
}
