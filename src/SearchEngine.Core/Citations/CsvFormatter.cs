using System.Globalization;
using System.Text;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Citations;

/// <summary>
/// RFC 4180 CSV of papers, one row each under a fixed header. A field is quoted when it holds a comma, quote,
/// line break or leading/trailing space (quotes doubled); a text field starting with <c>= + - @</c> or a tab is
/// prefixed with <c>'</c> so spreadsheets do not run it as a formula. Multi-valued fields are joined with <c>; </c>.
/// <c>authorsTruncated</c> is <c>true</c> when the source cut the author list ("et al."), so <c>authors</c> is then
/// only the first names.
/// </summary>
public static class CsvFormatter
{
    public const string ContentType = "text/csv; charset=utf-8";
    public const string FileExtension = "csv";

    public static IReadOnlyList<string> Header { get; } =
        ["id", "title", "authors", "authorsTruncated", "year", "venue", "type", "topics", "hasCode", "doi", "url", "abstract"];

    public static string Format(IReadOnlyList<Paper> papers) => CitationFormat.Csv.Format(papers);

    /// <summary>The header line.</summary>
    public static string HeaderLine { get; } = Line(Header);

    /// <summary>One paper's line.</summary>
    public static string Row(Paper p) =>
            Line(
            [
                p.Id,
                p.Title,
                string.Join("; ", p.Authors),
                p.AuthorsTruncated ? "true" : "false",
                p.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
                p.Venue ?? "",
                p.Type?.ToCode() ?? "",
                string.Join("; ", p.AllTopics),
                p.HasCode ? "true" : "false",
                p.Doi ?? "",
                p.Url ?? "",
                p.Abstract,
            ]);

    private static string Line(IReadOnlyList<string> fields)
    {
        var text = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) text.Append(',');
            text.Append(Field(fields[i]));
        }
        return text.Append("\r\n").ToString();
    }

    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        var quote = value.Length > 0 && (value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ');
        return quote ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
