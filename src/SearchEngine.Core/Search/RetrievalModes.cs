using SearchEngine.Core.Errors;

namespace SearchEngine.Core.Search;

/// <summary>Parses the <c>mode</c> parameter of search and similar papers (API and CLI share it).</summary>
public static class RetrievalModes
{
    public static readonly IReadOnlyList<string> Names = ["lexical", "semantic", "hybrid"];

    /// <summary>
    /// The mode named by <paramref name="text"/> (<paramref name="fallback"/> when empty); null with an error when
    /// it is unknown, or names a mode that needs embeddings while <paramref name="embeddings"/> is false.
    /// </summary>
    public static RetrievalMode? TryParse(string? text, RetrievalMode fallback, bool embeddings, out IReadOnlyList<SearchError> errors)
    {
        errors = [];
        if (string.IsNullOrWhiteSpace(text)) return embeddings ? fallback : RetrievalMode.Lexical;
        RetrievalMode? mode = text.Trim().ToLowerInvariant() switch
        {
            "lexical" => RetrievalMode.Lexical,
            "semantic" => RetrievalMode.Semantic,
            "hybrid" => RetrievalMode.Hybrid,
            _ => null,
        };
        if (mode is null)
        {
            errors = [new SearchError(SearchErrorCode.UnknownMode, "mode", $"mode '{text}' must be one of: {string.Join(", ", Names)}")];
            return null;
        }
        if (mode != RetrievalMode.Lexical && !embeddings)
        {
            errors = [new SearchError(SearchErrorCode.EmbeddingsOff, "mode",
                $"mode '{text}' needs embeddings, which are off for this index (Index:Embeddings); use mode=lexical")];
            return null;
        }
        return mode;
    }

    public static string Name(RetrievalMode mode) => Names[(int)mode];
}
