using System.Text;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Citations;

/// <summary>
/// An export format by name (<c>bibtex</c>, <c>ris</c>, <c>csv</c>, <c>text</c>): content type, file extension, and
/// how a list of papers is written — a header, then one entry per paper (given its unique citation key), entries
/// separated by <see cref="Separator"/>. The same pieces serve a whole string (<see cref="Format"/>) and a stream
/// written paper by paper (<see cref="WriteAsync"/>), so both give the same bytes.
/// </summary>
public sealed record CitationFormat(string Name, string ContentType, string FileExtension, string Header,
    Func<Paper, string, string> Entry, string Separator)
{
    public static CitationFormat BibTex { get; } =
        new("bibtex", BibTexFormatter.ContentType, BibTexFormatter.FileExtension, "", BibTexFormatter.Entry, "\n");
    public static CitationFormat Ris { get; } =
        new("ris", RisFormatter.ContentType, RisFormatter.FileExtension, "", RisFormatter.Record, "");
    public static CitationFormat Csv { get; } =
        new("csv", CsvFormatter.ContentType, CsvFormatter.FileExtension, CsvFormatter.HeaderLine, (p, _) => CsvFormatter.Row(p), "");
    public static CitationFormat Text { get; } =
        new("text", PlainTextFormatter.ContentType, PlainTextFormatter.FileExtension, "", (p, _) => PlainTextFormatter.Reference(p) + "\n", "\n");

    /// <summary>Formats for a list of results.</summary>
    public static IReadOnlyList<CitationFormat> ForExport { get; } = [Csv, BibTex, Ris];

    /// <summary>Formats for one paper's citation.</summary>
    public static IReadOnlyList<CitationFormat> ForCitation { get; } = [BibTex, Ris, Text];

    public static CitationFormat? Find(IReadOnlyList<CitationFormat> among, string? name) =>
        among.FirstOrDefault(f => string.Equals(f.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public string Format(IReadOnlyList<Paper> papers)
    {
        var text = new StringBuilder(Header);
        var keys = new CitationKey.Sequence();
        for (var i = 0; i < papers.Count; i++)
        {
            if (i > 0) text.Append(Separator);
            text.Append(Entry(papers[i], keys.Next(papers[i])));
        }
        return text.ToString();
    }

    /// <summary>Writes <paramref name="papers"/> as they are enumerated; returns how many were written.</summary>
    public async Task<int> WriteAsync(IEnumerable<Paper> papers, TextWriter writer, CancellationToken cancellationToken = default)
    {
        await writer.WriteAsync(Header.AsMemory(), cancellationToken);
        var keys = new CitationKey.Sequence();
        var count = 0;
        foreach (var paper in papers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (count++ > 0) await writer.WriteAsync(Separator.AsMemory(), cancellationToken);
            await writer.WriteAsync(Entry(paper, keys.Next(paper)).AsMemory(), cancellationToken);
        }
        await writer.FlushAsync(cancellationToken);
        return count;
    }
}
