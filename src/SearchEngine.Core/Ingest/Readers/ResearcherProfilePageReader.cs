using System.Globalization;
using System.Text.RegularExpressions;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Ingest.Readers;

/// <summary>
/// Page B (<c>001_*</c>, <c>003_*</c>): a researcher profile. After <c>N published item(s)</c> each record is
/// a run-together header <c>preprint2022arXiv</c> (type, year, venue), a title and an abstract. No authors:
/// the profile's person is an author at an unknown position, so no list is invented.
/// </summary>
public sealed partial class ResearcherProfilePageReader : ISourceReader
{
    public string Kind => PageKind.ResearcherProfile;

    public bool CanRead(string head) => head.Contains("Researcher profile", StringComparison.Ordinal)
        && (Count().IsMatch(head) || Header().IsMatch(head));

    public int? StatedCount(string head) =>
        Count().Match(head) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    public IEnumerable<PaperRecord> Read(TextReader text, string file, ICollection<IngestIssue> issues) =>
        PageRecordBuilder.ReadAll(text, file, Kind, issues, RecordHeader, ToRecord, StatedCount);

    // why: headers only count after the stated-count line, so chrome can never start a record.
    private static Match RecordHeader(PageBlock block, int? stated) =>
        stated is not null && block.Lines.Count == 1 && Header().Match(block.Lines[0]) is { Success: true } header
            && PublicationTypes.TryParse(header.Groups["type"].Value, out _)
            ? header
            : Match.Empty;

    private static PaperRecord? ToRecord(PageRecordBuilder.Pending p, ICollection<IngestIssue> issues)
    {
        if (p.Body.Count < 2)
        {
            issues.Add(new IngestIssue(p.Source.File, p.Source.Line, "incomplete record: title or abstract missing (truncated page?)"));
            return null;
        }
        var h = p.Header;
        PublicationTypes.TryParse(h.Groups["type"].Value, out var type);
        return new PaperRecord
        {
            Title = TextNormalizer.Normalize(p.Body[0].Text),
            Abstract = TextNormalizer.Normalize(string.Join(' ', p.Body.Skip(1).Select(b => b.Text))),
            Type = type,
            Year = int.Parse(h.Groups["year"].Value, CultureInfo.InvariantCulture),
            Venue = h.Groups["venue"].Value,
            Source = p.Source,
        };
    }

    [GeneratedRegex(@"^(?<type>[a-z]+)(?<year>\d{4})(?<venue>[A-Za-z][\w.\-]*)$", RegexOptions.Multiline)]
    private static partial Regex Header();

    [GeneratedRegex(@"^(\d+) published item\(s\)$", RegexOptions.Multiline)]
    private static partial Regex Count();
}
