using System.Text.RegularExpressions;

namespace SearchEngine.Core.Ingest;

/// <summary>Cleans author names as pages print them; case is kept as printed.</summary>
public static partial class AuthorNames
{
    /// <summary>
    /// Normalizes a name and strips a homonym number (<c>Jie Zhao 0003</c> → <c>Jie Zhao</c>): the number only
    /// tells apart people sharing a name. Returns null for empty names and for <c>et al.</c>, which is not a person.
    /// </summary>
    public static string? Clean(string raw)
    {
        var name = HomonymNumber().Replace(TextNormalizer.Normalize(raw), "");
        return name.Length == 0 || IsEtAl(name) ? null : name;
    }

    /// <summary>True for <c>et al.</c> / <c>et al</c> / <c>and others</c>.</summary>
    public static bool IsEtAl(string text) => EtAl().IsMatch(text.Trim());

    /// <summary>
    /// Splits a printed list (<c>A, B, C et al.</c>) on commas and " and "; reports whether it ended in
    /// <c>et al.</c> (the list is then truncated).
    /// </summary>
    public static (IReadOnlyList<string> Names, bool Truncated) SplitList(string printed)
    {
        var text = TextNormalizer.Normalize(printed);
        var truncated = false;
        var m = TrailingEtAl().Match(text);
        if (m.Success)
        {
            truncated = true;
            text = text[..m.Index];
        }
        var names = new List<string>();
        foreach (var part in Separators().Split(text))
        {
            if (IsEtAl(part))
            {
                truncated = true;
                continue;
            }
            if (Clean(part) is { } name)
            {
                names.Add(name);
            }
        }
        return (names, truncated);
    }

    /// <summary>
    /// Cleans names given one per item (JSON arrays): an item <c>et al.</c>, or a name ending in it, marks the
    /// list truncated instead of becoming an author.
    /// </summary>
    public static (IReadOnlyList<string> Names, bool Truncated) CleanList(IEnumerable<string?> items)
    {
        var names = new List<string>();
        var truncated = false;
        foreach (var item in items)
        {
            var text = TextNormalizer.Normalize(item);
            var m = TrailingEtAl().Match(text);
            if (m.Success || IsEtAl(text))
            {
                truncated = true;
                text = m.Success ? text[..m.Index] : "";
            }
            if (Clean(text) is { } name)
            {
                names.Add(name);
            }
        }
        return (names, truncated);
    }

    [GeneratedRegex(@"\s+\d{4}$")]
    private static partial Regex HomonymNumber();

    [GeneratedRegex(@"^(et\.?\s*al\.?|and others)$", RegexOptions.IgnoreCase)]
    private static partial Regex EtAl();

    [GeneratedRegex(@",?\s*\bet\.?\s*al\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingEtAl();

    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+")]
    private static partial Regex Separators();
}
