using System.Text.Json.Serialization;

namespace SearchEngine.Core.Snippets;

/// <summary>
/// A highlighted span of a text, in UTF-16 code units: the indices of .NET and JavaScript strings alike, so the
/// page can slice the text with them directly.
/// </summary>
/// <param name="Start">Index of the first highlighted character.</param>
/// <param name="Length">Number of highlighted characters (positive).</param>
public readonly record struct HighlightRange(int Start, int Length)
{
    /// <summary>Index just past the last highlighted character.</summary>
    [JsonIgnore]
    public int End => Start + Length;
}
