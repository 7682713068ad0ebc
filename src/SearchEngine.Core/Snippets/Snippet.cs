namespace SearchEngine.Core.Snippets;

/// <summary>
/// A piece of a paper's text to show under a hit, with the spans that matched the query. Data only: the
/// fragment is plain text, never HTML; <see cref="SnippetHtml"/> renders it at the edge.
/// </summary>
/// <param name="Fragment">Plain text, with <c>…</c> where the source text was cut.</param>
/// <param name="Highlights">Matched spans of <paramref name="Fragment"/>: sorted, non-overlapping.</param>
public sealed record Snippet(string Fragment, IReadOnlyList<HighlightRange> Highlights)
{
    /// <summary>The snippet of a paper without any text.</summary>
    public static Snippet Empty { get; } = new("", []);

    /// <summary>The highlighted substrings, in order (handy for assertions and logs).</summary>
    public IEnumerable<string> HighlightedTexts => Highlights.Select(h => Fragment.Substring(h.Start, h.Length));
}
