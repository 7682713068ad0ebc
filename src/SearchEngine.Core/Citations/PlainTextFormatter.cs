using System.Globalization;
using System.Text;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Citations;

/// <summary>
/// One plain-text reference per paper, for pasting into a document (APA-like): <c>Kai Han, Yunhe Wang, et al. (2020).
/// GhostNet: More Features from Cheap Operations. CVPR. https://doi.org/…</c>. Authors as printed (up to 20, then
/// "et al."; also when the source cut the list), the year or "n.d.", the title, the venue, then the DOI link, else the
/// URL. References are separated by a blank line.
/// </summary>
public static class PlainTextFormatter
{
    public const string ContentType = "text/plain; charset=utf-8";
    public const string FileExtension = "txt";

    /// <summary>More authors than this are cut to this many and "et al.".</summary>
    public const int MaxAuthors = 20;

    public static string Format(IReadOnlyList<Paper> papers) => CitationFormat.Text.Format(papers);

    public static string Reference(Paper p)
    {
        var parts = new List<string>();
        var authors = p.Authors.Take(MaxAuthors).ToList();
        if (authors.Count > 0)
        {
            var cut = p.AuthorsTruncated || p.Authors.Count > MaxAuthors;
            parts.Add(string.Join(", ", authors) + (cut ? ", et al." : ""));
        }
        parts.Add($"({p.Year?.ToString(CultureInfo.InvariantCulture) ?? "n.d."}).");
        var head = string.Join(" ", parts);
        var reference = new StringBuilder(head).Append(' ').Append(Sentence(p.Title));
        if (!string.IsNullOrWhiteSpace(p.Venue)) reference.Append(' ').Append(Sentence(p.Venue));
        var link = !string.IsNullOrWhiteSpace(p.Doi) ? "https://doi.org/" + p.Doi.Trim() : p.Url;
        if (!string.IsNullOrWhiteSpace(link)) reference.Append(' ').Append(link);
        return RisFormatter.SingleLine(reference.ToString());
    }

    private static string Sentence(string text)
    {
        var t = text.Trim();
        return t.Length > 0 && t[^1] is '.' or '?' or '!' ? t : t + ".";
    }
}
