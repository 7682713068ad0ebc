using System.Text;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Ingest;

/// <summary>
/// Decides whether two listings with different titles are one work, or two works that are versions of each other.
/// Only papers with the same first author and the same first title word are ever compared (the blocking key), so the
/// cost stays near linear on large corpora and unrelated papers can never meet.
/// <list type="bullet">
/// <item><b>Same work</b> (merged, one title kept as an alternate): the words of one title all occur in the other
/// ("Kangaroo: Lossless Self-Speculative Decoding via Double Early Exiting" ⊂ "… for Accelerating LLMs via …"),
/// the part before a colon is equal when both have one, both have abstracts sharing at least
/// <see cref="SameWorkAbstractOverlap"/> of their words, one author list agrees with the start of the other (a cut
/// list may be shorter), and no two different source ids are involved.</item>
/// <item><b>Versions</b> (kept apart, linked): the titles start with the same <see cref="VersionTitlePrefixWords"/>
/// words, the abstracts share at least <see cref="VersionAbstractOverlap"/> of their words, and at least half of the
/// shorter author list is in the longer (a journal extension of a conference paper with the same team).</item>
/// </list>
/// Overlap is the Jaccard index of the sets of words of three or more letters or digits. Thresholds were set on the
/// seed pages, where the Kangaroo listings share 61% of their abstract words and the two "Practical Parallel Algorithms
/// for … Submodular Maximization" papers 58%; their titles are what tells them apart.
/// </summary>
public static class WorkMatcher
{
    public const double SameWorkAbstractOverlap = 0.4;
    public const double VersionAbstractOverlap = 0.3;
    public const int VersionTitlePrefixWords = 4;

    /// <summary>What comparing needs of a paper, computed once.</summary>
    public sealed record Signature(string Block, IReadOnlyList<string> TitleWords, string? TitleHead,
        HashSet<string> AbstractWords, IReadOnlyList<string> Authors, bool AuthorsTruncated, string? SourceId);

    /// <summary>The paper's signature, or null when it cannot be compared (no author or no title word).</summary>
    public static Signature? SignatureOf(Paper paper, string? sourceId)
    {
        if (paper.Authors.Count == 0) return null;
        var titleWords = Words(paper.Title).ToList();
        if (titleWords.Count == 0) return null;
        var authors = paper.Authors.Select(NameKey).ToList();
        var colon = paper.Title.IndexOf(':', StringComparison.Ordinal);
        var head = colon > 0 ? string.Join(' ', Words(paper.Title[..colon])) : null;
        var abstractWords = Words(paper.Abstract).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);
        return new Signature(authors[0] + "|" + titleWords[0], titleWords, head, abstractWords, authors, paper.AuthorsTruncated, sourceId);
    }

    public static bool SameWork(Signature a, Signature b)
    {
        if (a.Block != b.Block) return false;
        if (a.SourceId is not null && b.SourceId is not null && a.SourceId != b.SourceId) return false;
        if (a.TitleHead is not null && b.TitleHead is not null && a.TitleHead != b.TitleHead) return false;
        var (shorter, longer) = a.TitleWords.Count <= b.TitleWords.Count ? (a, b) : (b, a);
        if (!shorter.TitleWords.All(longer.TitleWords.Contains)) return false;
        if (a.AbstractWords.Count == 0 || b.AbstractWords.Count == 0) return false;
        if (Jaccard(a.AbstractWords, b.AbstractWords) < SameWorkAbstractOverlap) return false;
        return AuthorsAgree(a, b);
    }

    public static bool Versions(Signature a, Signature b)
    {
        if (a.Block != b.Block || a.TitleWords.Count < VersionTitlePrefixWords || b.TitleWords.Count < VersionTitlePrefixWords) return false;
        if (!a.TitleWords.Take(VersionTitlePrefixWords).SequenceEqual(b.TitleWords.Take(VersionTitlePrefixWords), StringComparer.Ordinal)) return false;
        if (a.AbstractWords.Count == 0 || b.AbstractWords.Count == 0) return false;
        if (Jaccard(a.AbstractWords, b.AbstractWords) < VersionAbstractOverlap) return false;
        var shorter = a.Authors.Count <= b.Authors.Count ? a.Authors : b.Authors;
        var longer = a.Authors.Count <= b.Authors.Count ? b.Authors : a.Authors;
        return shorter.Count(longer.Contains) * 2 >= shorter.Count;
    }

    /// <summary>One list equals the start of the other; the shorter must be the cut one unless they are equal.</summary>
    private static bool AuthorsAgree(Signature a, Signature b)
    {
        if (a.Authors.SequenceEqual(b.Authors, StringComparer.Ordinal)) return true;
        var (shorter, longer) = a.Authors.Count <= b.Authors.Count ? (a, b) : (b, a);
        return shorter.AuthorsTruncated && shorter.Authors.SequenceEqual(longer.Authors.Take(shorter.Authors.Count), StringComparer.Ordinal);
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    /// <summary>Lower-case ASCII-folded words (letters and digits).</summary>
    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            else if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (word.Length > 0) { yield return word.ToString(); word.Clear(); }
        }
        if (word.Length > 0) yield return word.ToString();
    }

    private static string NameKey(string name) => string.Join(' ', Words(name));
}
