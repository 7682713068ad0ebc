namespace SearchEngine.Core.Topics;

/// <summary>
/// The topic taxonomy: arXiv-style codes (<c>cs.CV</c>) with readable labels, grouped by archive (<c>cs</c>).
/// <para>
/// The codes, labels and keyword lexicons are data (<c>Topics/taxonomy.json</c>, an embedded resource), loaded once
/// on first use. Codes are case-sensitive and canonical as listed there; use <see cref="Normalize"/> for any code
/// read from a source.
/// </para>
/// </summary>
/// <example>
/// <code>
/// Taxonomy.Normalize("CV");    // "cs.CV" (short code as printed on metrics pages)
/// Taxonomy.Normalize("cs.cv"); // "cs.CV"
/// Taxonomy.Label("cs.CV");     // "Computer Vision and Pattern Recognition"
/// Taxonomy.GroupOf("cs.CV");   // "cs"
/// </code>
/// </example>
public static class Taxonomy
{
    // why: Lazy gives thread-safe one-time loading without a static constructor that would turn a resource
    // defect into a TypeInitializationException on an unrelated call such as GroupOf.
    private static readonly Lazy<TaxonomyData> Data = new(TaxonomyData.Load);
    private static readonly Lazy<IReadOnlyList<string>> CategoryCodes = new(() => Data.Value.Categories.Select(e => e.Code).ToArray());
    private static readonly Lazy<IReadOnlyList<string>> GroupCodes = new(() => Data.Value.Groups.Select(e => e.Code).ToArray());

    /// <summary>Every category code (not groups), in data-file order.</summary>
    public static IReadOnlyList<string> Codes => CategoryCodes.Value;

    /// <summary>Every group (archive) code, in preference order (<c>cs</c> first).</summary>
    public static IReadOnlyList<string> Groups => GroupCodes.Value;

    /// <summary>Every group and category with its label and keywords.</summary>
    public static IEnumerable<TaxonomyEntry> Entries => Data.Value.Groups.Concat(Data.Value.Categories);

    /// <summary>The entry of a canonical code, or null when the taxonomy does not know it.</summary>
    public static TaxonomyEntry? Find(string code) => Data.Value.Find(code);

    /// <summary>True when <paramref name="code"/> is a canonical group or category code.</summary>
    public static bool IsKnown(string code) => Data.Value.Find(code) is not null;

    /// <summary>The readable label of a canonical code (<c>cs.CL</c> → <c>Computation and Language</c>), or null.</summary>
    public static string? Label(string code) => Data.Value.Find(code)?.Label;

    /// <summary>The group (archive) of a code: <c>cs.CV</c> → <c>cs</c>; a group is its own group.</summary>
    public static string? GroupOf(string code)
    {
        if (string.IsNullOrEmpty(code)) return null;
        var dot = code.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? code[..dot] : code;
    }

    /// <summary>
    /// Maps a code as a source prints it to its canonical code, or null when the taxonomy does not know it:
    /// case variants (<c>cs.cv</c>, <c>CS.CV</c>) and bare short codes (<c>CV</c>, <c>cl</c>). A short code that
    /// several groups share resolves to the first group in <see cref="Groups"/> (<c>CV</c> → <c>cs.CV</c>, not
    /// <c>math.CV</c>).
    /// </summary>
    public static string? Normalize(string? raw)
    {
        var key = raw?.Trim();
        return string.IsNullOrEmpty(key) ? null : Data.Value.Canonical(key);
    }
}
