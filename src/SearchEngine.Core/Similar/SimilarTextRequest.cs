using System.Globalization;
using SearchEngine.Core.Errors;

namespace SearchEngine.Core.Similar;

/// <summary>
/// The body of <c>POST /api/similar</c>: a pasted text (an abstract, a title) and how many papers to return.
/// Bound from JSON at the edge and validated here, so the API and any other caller share the rules.
/// </summary>
public sealed record SimilarTextRequest
{
    /// <summary>Largest accepted body (64 KB: far more than any abstract).</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public const int DefaultSize = 10;

    /// <summary>The text to find similar papers for.</summary>
    public string? Text { get; init; }

    /// <summary>How many similar papers, 1 to 100 (default 10).</summary>
    public int? Size { get; init; }

    /// <summary>lexical, semantic or hybrid (default: hybrid when the index has embeddings, else lexical).</summary>
    public string? Mode { get; init; }

    /// <summary>Every problem with this request (empty when it can run).</summary>
    public IReadOnlyList<SearchError> Validate()
    {
        var errors = new List<SearchError>();
        if (string.IsNullOrWhiteSpace(Text))
        {
            errors.Add(new SearchError(SearchErrorCode.MissingText, "text", "text is required: the title or abstract to compare with"));
        }
        if (Size is { } size && size is < 1 or > SimilarPapers.MaxSize)
        {
            errors.Add(new SearchError(SearchErrorCode.SizeOutOfRange, "size",
                $"size '{size.ToString(CultureInfo.InvariantCulture)}' must be a whole number from 1 to {SimilarPapers.MaxSize}"));
        }
        return errors;
    }
}
