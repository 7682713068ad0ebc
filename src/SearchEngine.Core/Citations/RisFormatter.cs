using System.Globalization;
using System.Text;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Citations;

/// <summary>
/// RIS records (<c>TY  - CONF</c> / <c>JOUR</c> / <c>UNPB</c> / <c>GEN</c>, one <c>AU</c> line per author, <c>ER  - </c> at
/// the end). A list the source cut ("et al.") ends with one more line, <c>AU  - others</c>: RIS has no field for an
/// incomplete list, and reference managers (Zotero, EndNote) import this line as a visible "others" author rather than
/// silently presenting the list as complete, the same marker BibTeX uses. Values are single-line: line breaks become spaces so no value can start a new tag.
/// </summary>
public static class RisFormatter
{
    public const string ContentType = "application/x-research-info-systems; charset=utf-8";
    public const string FileExtension = "ris";

    /// <summary>The author line that marks a cut author list.</summary>
    public const string TruncationMarker = "others";

    public static string Format(Paper paper) => Format([paper]);

    public static string Format(IReadOnlyList<Paper> papers) => CitationFormat.Ris.Format(papers);

    /// <summary>One record, from <c>TY</c> to <c>ER</c>.</summary>
    public static string Record(Paper p, string key)
    {
        var text = new StringBuilder();
        Tag(text, "TY", p.Type switch
        {
            PublicationType.ConferencePaper => "CONF",
            PublicationType.JournalArticle => "JOUR",
            PublicationType.Preprint => "UNPB",
            _ => "GEN",
        });
        Tag(text, "ID", key);
        Tag(text, "TI", p.Title);
        foreach (var author in p.Authors) Tag(text, "AU", author);
        if (p.AuthorsTruncated && p.Authors.Count > 0) Tag(text, "AU", TruncationMarker);
        if (p.Year is { } year) Tag(text, "PY", year.ToString(CultureInfo.InvariantCulture));
        if (p.Date is { } date) Tag(text, "DA", date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(p.Venue)) Tag(text, p.Type == PublicationType.JournalArticle ? "JO" : "T2", p.Venue);
        if (!string.IsNullOrWhiteSpace(p.Abstract)) Tag(text, "AB", p.Abstract);
        foreach (var topic in p.Topics) Tag(text, "KW", topic);
        if (!string.IsNullOrWhiteSpace(p.Doi)) Tag(text, "DO", p.Doi);
        if (!string.IsNullOrWhiteSpace(p.Url)) Tag(text, "UR", p.Url);
        text.Append("ER  - \r\n");
        return text.ToString();
    }

    private static void Tag(StringBuilder text, string tag, string value) =>
        text.Append(tag).Append("  - ").Append(SingleLine(value)).Append("\r\n");

    public static string SingleLine(string value) =>
        string.Join(' ', value.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
