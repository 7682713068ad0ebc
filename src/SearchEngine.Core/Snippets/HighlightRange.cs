namespace SearchEngine.Core.Snippets;

/// <summary>A highlighted span of a <see cref="Snippet.Fragment"/>, in UTF-16 code units.</summary>
/// <param name="Start">Index of the first highlighted character.</param>
/// <param name="Length">Number of highlighted characters (positive).</param>
public readonly record struct HighlightRange(int Start, int Length)
{
    /// <summary>Index just past the last highlighted character.</summary>
    public int End => Start + Length;
}
