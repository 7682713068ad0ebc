using System.Text.RegularExpressions;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Ingest.Readers;

/// <summary>
/// Page D (<c>004_*</c>): a trending-papers listing. After the chrome, which ends with the listing day
/// (<c>Mar 12</c>, not a paper's date), records alternate title block, abstract block. The site lists arXiv
/// papers, so venue <c>arXiv</c> and type preprint are implied; nothing else is known.
/// </summary>
public sealed partial class TrendingPapersPageReader : ISourceReader
{
    public string Kind => PageKind.TrendingPapers;

    public bool CanRead(string head) => head.Contains("Get trending papers in your email inbox!", StringComparison.Ordinal);

    public IEnumerable<PaperRecord> Read(TextReader text, string file, ICollection<IngestIssue> issues)
    {
        var inChrome = true;
        PageBlock? title = null;
        var ordinal = 0;
        foreach (var block in PageBlock.ReadAll(text))
        {
            if (inChrome)
            {
                inChrome = !ListingDay().IsMatch(block.Text);
                continue;
            }
            if (title is null)
            {
                title = block;
                continue;
            }
            yield return new PaperRecord
            {
                Title = TextNormalizer.Normalize(title.Text),
                Abstract = TextNormalizer.Normalize(block.Text),
                Venue = "arXiv",
                Type = PublicationType.Preprint,
                ImpliedFields = ["venue", "type"],
                Source = new SourceRef(file, Kind, ++ordinal, title.Line),
            };
            title = null;
        }
        if (title is not null)
        {
            issues.Add(new IngestIssue(file, title.Line, "incomplete record: abstract missing (truncated page?)"));
        }
        if (ordinal == 0)
        {
            issues.Add(new IngestIssue(file, 0, "no records found"));
        }
    }

    [GeneratedRegex(@"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}$")]
    private static partial Regex ListingDay();
}
