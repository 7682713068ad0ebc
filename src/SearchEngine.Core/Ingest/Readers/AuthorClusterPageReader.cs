using System.Text.RegularExpressions;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Ingest.Readers;

/// <summary>
/// Page A (<c>000_*</c>): an author-cluster page. Each record is a header
/// <c>NeurIPS Conference 2025 Conference Paper</c>, a title, bulleted authors and an abstract.
/// </summary>
public sealed partial class AuthorClusterPageReader : ISourceReader
{
    /// <summary>The site shows at most this many authors, so a list of exactly this length may be cut.</summary>
    public const int MaxShownAuthors = 8;

    public string Kind => PageKind.AuthorCluster;

    public bool CanRead(string head) => head.Contains("Author name cluster", StringComparison.Ordinal)
        && Header().IsMatch(head);

    public int? StatedCount(string head) =>
        Count().Match(head) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    public IEnumerable<PaperRecord> Read(TextReader text, string file, ICollection<IngestIssue> issues) =>
        PageRecordBuilder.ReadAll(text, file, Kind, issues,
            (block, _) => block.Lines.Count == 1 ? Header().Match(block.Lines[0]) : Match.Empty,
            ToRecord, StatedCount);

    private static PaperRecord? ToRecord(PageRecordBuilder.Pending p, ICollection<IngestIssue> issues)
    {
        // Body: title, then optionally a bullet block of authors, then the abstract.
        var body = p.Body;
        var authorBlock = body.Skip(1).FirstOrDefault(b => b.Lines.All(l => l.TrimStart().StartsWith('•')));
        var rest = body.Skip(1).Where(b => !ReferenceEquals(b, authorBlock)).ToList();
        if (body.Count == 0 || rest.Count == 0)
        {
            issues.Add(new IngestIssue(p.Source.File, p.Source.Line, "incomplete record: title or abstract missing (truncated page?)"));
            return null;
        }
        var authors = authorBlock is null ? [] : authorBlock.Lines
            .Select(l => AuthorNames.Clean(l.TrimStart().TrimStart('•')))
            .OfType<string>()
            .ToList();
        var h = p.Header;
        PublicationTypes.TryParse(h.Groups["kind"].Value, out var type);
        return new PaperRecord
        {
            Title = TextNormalizer.Normalize(body[0].Text),
            Abstract = TextNormalizer.Normalize(string.Join(' ', rest.Select(b => b.Text))),
            Authors = authors,
            AuthorsTruncated = authors.Count == MaxShownAuthors,
            Venue = h.Groups["venue"].Value,
            Type = type,
            Year = int.Parse(h.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture),
            Source = p.Source,
        };
    }

    [GeneratedRegex(@"^(?<venue>\S+) (?:Conference|Journal) (?<year>\d{4}) (?<kind>Conference Paper|Journal Article)$", RegexOptions.Multiline)]
    private static partial Regex Header();

    [GeneratedRegex(@"^(\d+) papers$", RegexOptions.Multiline)]
    private static partial Regex Count();
}
