using System.Globalization;
using System.Text.RegularExpressions;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Ingest.Readers;

/// <summary>
/// Page C (<c>002_*</c>): a metrics profile. Each record starts with a run-together header
/// <c>CVAug 13, 2024Code</c> (arXiv subject code, date, optional code marker) directly followed by the title;
/// then <c>A, B, C et al. · affiliation</c>, then the abstract. The page lists arXiv papers, so venue
/// <c>arXiv</c> and type preprint are implied. Its <c>160 Papers</c> is the person's total, not a count of
/// this list, so no stated count is reported.
/// </summary>
public sealed partial class MetricsProfilePageReader : ISourceReader
{
    public string Kind => PageKind.MetricsProfile;

    public bool CanRead(string head) => HIndex().IsMatch(head) && Header().IsMatch(head);

    public IEnumerable<PaperRecord> Read(TextReader text, string file, ICollection<IngestIssue> issues) =>
        PageRecordBuilder.ReadAll(text, file, Kind, issues, (block, _) => Header().Match(block.Lines[0]), ToRecord);

    private static PaperRecord? ToRecord(PageRecordBuilder.Pending p, ICollection<IngestIssue> issues)
    {
        // Body: the title (same block as the header), then an optional author line, then the abstract.
        if (p.Body.Count < 2)
        {
            issues.Add(new IngestIssue(p.Source.File, p.Source.Line, "incomplete record: title or abstract missing (truncated page?)"));
            return null;
        }
        var h = p.Header;
        var byLine = p.Body.Count >= 3 ? p.Body[1].Text : null;
        string? affiliation = null;
        IReadOnlyList<string> authors = [];
        var truncated = false;
        if (byLine is not null)
        {
            var dot = byLine.IndexOf(" · ", StringComparison.Ordinal);
            if (dot >= 0)
            {
                affiliation = TextNormalizer.Normalize(byLine[(dot + 3)..]);
                byLine = byLine[..dot];
            }
            (authors, truncated) = AuthorNames.SplitList(byLine);
        }
        var year = h.Groups["year"].Success ? int.Parse(h.Groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
        // why: "Mar 20" carries no year; the page is undated, so Date and Year stay null rather than guessed.
        DateOnly? date = year is { } y
            ? DateOnly.ParseExact($"{h.Groups["mon"].Value} {h.Groups["day"].Value} {y}", "MMM d yyyy", CultureInfo.InvariantCulture)
            : null;
        return new PaperRecord
        {
            Title = TextNormalizer.Normalize(p.Body[0].Text),
            Abstract = TextNormalizer.Normalize(string.Join(' ', p.Body.Skip(byLine is null ? 1 : 2).Select(b => b.Text))),
            Authors = authors,
            AuthorsTruncated = truncated,
            Affiliation = string.IsNullOrEmpty(affiliation) ? null : affiliation,
            Topics = ["cs." + h.Groups["topic"].Value],
            Year = year,
            Date = date,
            HasCode = h.Groups["code"].Success ? true : null,
            Venue = "arXiv",
            Type = PublicationType.Preprint,
            ImpliedFields = ["venue", "type"],
            Source = p.Source,
        };
    }

    // why: the subject code is exactly two capitals (arXiv cs classes: CV, CL, LG, AI, ...). A greedy
    // [A-Z]+ would read "AIDec 17, 2025Code" as topic "AID".
    [GeneratedRegex(@"^(?<topic>[A-Z]{2})(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?<day>\d{1,2})(?:, (?<year>\d{4}))?(?<code>Code)?$", RegexOptions.Multiline)]
    private static partial Regex Header();

    [GeneratedRegex(@"^h-index\d+$", RegexOptions.Multiline)]
    private static partial Regex HIndex();
}
