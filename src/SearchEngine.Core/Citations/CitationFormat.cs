using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Citations;

/// <summary>The export formats by name (<c>bibtex</c>, <c>ris</c>, <c>csv</c>) with content type and file extension.</summary>
public sealed record CitationFormat(string Name, string ContentType, string FileExtension, Func<IReadOnlyList<Paper>, string> Format)
{
    public static CitationFormat BibTex { get; } = new("bibtex", BibTexFormatter.ContentType, BibTexFormatter.FileExtension, BibTexFormatter.Format);
    public static CitationFormat Ris { get; } = new("ris", RisFormatter.ContentType, RisFormatter.FileExtension, RisFormatter.Format);
    public static CitationFormat Csv { get; } = new("csv", CsvFormatter.ContentType, CsvFormatter.FileExtension, CsvFormatter.Format);

    /// <summary>Formats for a whole result page.</summary>
    public static IReadOnlyList<CitationFormat> ForExport { get; } = [Csv, BibTex, Ris];

    /// <summary>Formats for one paper's citation.</summary>
    public static IReadOnlyList<CitationFormat> ForCitation { get; } = [BibTex, Ris];

    public static CitationFormat? Find(IReadOnlyList<CitationFormat> among, string? name) =>
        among.FirstOrDefault(f => string.Equals(f.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
