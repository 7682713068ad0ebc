using System.Globalization;
using System.Text;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Citations;

/// <summary>
/// BibTeX entries: <c>@inproceedings</c> for conference papers (venue as <c>booktitle</c>), <c>@article</c> for
/// journal articles (<c>journal</c>), <c>@misc</c> for preprints and unknown types (<c>howpublished</c>). Authors are
/// joined with <c> and </c>, and a list the source cut ("et al.") ends with <c> and others</c>, BibTeX's own marker
/// for an incomplete list; every value is brace-delimited with TeX specials escaped, so no title can break out of its
/// field.
/// </summary>
public static class BibTexFormatter
{
    public const string ContentType = "application/x-bibtex; charset=utf-8";
    public const string FileExtension = "bib";

    public static string Format(Paper paper) => Format([paper]);

    public static string Format(IReadOnlyList<Paper> papers) => CitationFormat.BibTex.Format(papers);

    /// <summary>One entry, ending in a line break; entries are separated by a blank line.</summary>
    public static string Entry(Paper p, string key)
    {
        var text = new StringBuilder();
        var (kind, venueField) = p.Type switch
        {
            PublicationType.ConferencePaper => ("inproceedings", "booktitle"),
            PublicationType.JournalArticle => ("article", "journal"),
            _ => ("misc", "howpublished"),
        };
        text.Append('@').Append(kind).Append('{').Append(key).Append(",\n");
        Field(text, "title", p.Title);
        if (p.Authors.Count > 0) Field(text, "author", string.Join(" and ", p.AuthorsTruncated ? [.. p.Authors, "others"] : p.Authors));
        if (p.Year is { } year) Field(text, "year", year.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(p.Venue)) Field(text, venueField, p.Venue);
        if (!string.IsNullOrWhiteSpace(p.Doi)) Field(text, "doi", p.Doi);
        if (!string.IsNullOrWhiteSpace(p.Url)) Field(text, "url", p.Url);
        if (p.Topics.Count > 0) Field(text, "keywords", string.Join(", ", p.Topics));
        text.Append("}\n");
        return text.ToString();
    }

    private static void Field(StringBuilder text, string name, string value) =>
        text.Append("  ").Append(name).Append(" = {").Append(Escape(value)).Append("},\n");

    /// <summary>
    /// Escapes TeX specials so the value is literal text inside <c>{…}</c>: braces and backslash (which could
    /// unbalance the entry), <c># $ % &amp; _ ~ ^</c>, and double quotes (kept as <c>{"}</c> so the value also
    /// survives in quote-delimited tools). Line breaks become spaces.
    /// </summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': text.Append(@"\textbackslash{}"); break;
                case '{': text.Append(@"\{"); break;
                case '}': text.Append(@"\}"); break;
                case '"': text.Append("{\"}"); break;
                case '#' or '$' or '%' or '&' or '_': text.Append('\\').Append(c); break;
                case '~': text.Append(@"\textasciitilde{}"); break;
                case '^': text.Append(@"\textasciicircum{}"); break;
                case '\r' or '\n' or '\t': text.Append(' '); break;
                default: text.Append(c); break;
            }
        }
        return text.ToString();
    }
}
