namespace SearchEngine.Core.Topics;

/// <summary>
/// The topic taxonomy: arXiv-style codes (<c>cs.CV</c>) with readable labels, grouped by archive (<c>cs</c>).
/// </summary>
public static class Taxonomy
{
    /// <summary>The group (archive) of a code: <c>cs.CV</c> → <c>cs</c>; a group is its own group.</summary>
    public static string? GroupOf(string code)
    {
        if (string.IsNullOrEmpty(code)) return null;
        var dot = code.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? code[..dot] : code;
    }

    /// <summary>Readable label of a code (placeholder until the taxonomy data lands).</summary>
    public static string? Label(string code) => null;
}
