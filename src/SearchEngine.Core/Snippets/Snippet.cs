using System.Text.Json.Serialization;

namespace SearchEngine.Core.Snippets;

/// <summary>
/// A piece of a paper's text to show under a hit, with the spans that matched the query. Data only: the text is
/// plain, never HTML; each edge (the page, the CLI) renders the highlights its own way.
/// </summary>
/// <param name="Text">Plain text, with <c>…</c> where the source text was cut.</param>
/// <param name="Highlights">Matched spans of <paramref name="Text"/> in UTF-16 code units (JavaScript string indices): sorted, non-overlapping.</param>
public sealed record Snippet(string Text, IReadOnlyList<HighlightRange> Highlights)
{
    /// <summary>The snippet of a paper without any text.</summary>
    public static Snippet Empty { get; } = new("", []);

    /// <summary>The highlighted substrings, in order (handy for assertions and logs).</summary>
    [JsonIgnore]
    public IEnumerable<string> HighlightedTexts => Highlights.Select(h => Text.Substring(h.Start, h.Length));
}
