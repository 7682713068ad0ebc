using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Ingest.Readers;

/// <summary>
/// Lines of the arXiv metadata snapshot (Kaggle <c>arxiv-metadata-oai-snapshot.json</c>): <c>id</c>,
/// <c>authors_parsed</c> (<c>[last, first, suffix, affiliation…]</c> with accents decoded → clean names; the
/// affiliation is never a name) or, when absent, <c>authors</c> (one TeX-escaped string, accents decoded and
/// parenthesized affiliations dropped), <c>title</c>, <c>abstract</c>, <c>categories</c> (space-separated → topics),
/// <c>journal-ref</c> (→ venue, one spelling per journal by <see cref="JournalNames"/>, and a peer-reviewed type), <c>versions[0].created</c> (→ year), <c>doi</c>.
/// Without a journal-ref the paper is an arXiv preprint.
/// </summary>
public sealed partial class ArxivSnapshotReader : ISourceReader
{
    public string Kind => PageKind.ArxivSnapshot;

    public bool CanRead(string head) => JsonLineInput.FirstObjectMatches(head, IsArxivObject);

    internal static bool IsArxivObject(JsonElement o) => JsonLineInput.Has(o, "id")
        && (JsonLineInput.Has(o, "categories") || JsonLineInput.Has(o, "journal-ref") || JsonLineInput.Has(o, "versions"))
        && o.TryGetProperty("authors", out var a) && a.ValueKind == JsonValueKind.String;

    public IEnumerable<PaperRecord> Read(TextReader text, string file, ICollection<IngestIssue> issues) =>
        JsonLineInput.ReadObjects(text, file, Kind, issues, ToRecord);

    private static PaperRecord ToRecord(JsonElement o, SourceRef source)
    {
        var title = JsonLineInput.RequiredTitle(o);
        var id = JsonLineInput.String(o, "id");
        var journalRef = TextNormalizer.Normalize(JsonLineInput.String(o, "journal-ref"));
        var (authors, truncated) = Authors(o);
        var created = FirstVersionDate(o);
        var peerReviewed = journalRef.Length > 0;
        return new PaperRecord
        {
            Title = title,
            Abstract = TextNormalizer.Normalize(JsonLineInput.String(o, "abstract")),
            Authors = authors,
            AuthorsTruncated = truncated,
            Topics = (JsonLineInput.String(o, "categories") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            Venue = peerReviewed ? ShortVenue(journalRef) : "arXiv",
            Type = peerReviewed ? ConferenceHint().IsMatch(journalRef) ? PublicationType.ConferencePaper : PublicationType.JournalArticle
                                : PublicationType.Preprint,
            Year = created?.Year ?? YearFromId(id),
            // why: the v1 date is the preprint's date; for a journal version it is not the publication date.
            Date = peerReviewed ? null : created,
            SourceId = string.IsNullOrWhiteSpace(id) ? null : id,
            Doi = JsonLineInput.String(o, "doi"),
            Url = string.IsNullOrWhiteSpace(id) ? null : $"https://arxiv.org/abs/{id}",
            Source = source,
        };
    }

    private static (IReadOnlyList<string> Names, bool Truncated) Authors(JsonElement o)
    {
        if (o.TryGetProperty("authors_parsed", out var parsed) && parsed.ValueKind == JsonValueKind.Array && parsed.GetArrayLength() > 0)
        {
            var names = new List<string>();
            foreach (var triple in parsed.EnumerateArray())
            {
                if (triple.ValueKind != JsonValueKind.Array) continue;
                var parts = triple.EnumerateArray().Take(3)
                    .Select(p => p.ValueKind == JsonValueKind.String ? p.GetString() ?? "" : "").ToList();
                // [last, first, suffix]: printed "first last suffix" (C. Balázs, John Smith Jr).
                var printed = string.Join(' ', new[] { Part(parts, 1), Part(parts, 0), Part(parts, 2) }.Where(p => p.Length > 0));
                // why: arXiv's parser splits hyphenated initials ("C. -P." for C.-P.).
                printed = SpacedHyphen().Replace(printed, "-");
                if (AuthorNames.Clean(LatexAccents.Decode(printed)) is { } name) names.Add(name);
            }
            if (names.Count > 0) return (names, false);
        }
        var text = LatexAccents.Decode(JsonLineInput.String(o, "authors") ?? "");
        // why: affiliations are written inline, numbered or not: "A (1), B (1,2) ((1) CREST, (2) Kurchatov)".
        return AuthorNames.SplitList(Parenthesized().Replace(Parenthesized().Replace(text, ""), ""));
    }

    private static string Part(List<string> parts, int i) => i < parts.Count ? parts[i].Trim() : "";

    /// <summary><c>versions[0].created</c>, e.g. <c>Mon, 2 Apr 2007 19:18:42 GMT</c>.</summary>
    private static DateOnly? FirstVersionDate(JsonElement o)
    {
        if (!o.TryGetProperty("versions", out var versions) || versions.ValueKind != JsonValueKind.Array
            || versions.GetArrayLength() == 0 || versions[0].ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var created = JsonLineInput.String(versions[0], "created");
        return DateTimeOffset.TryParse(created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)
            ? DateOnly.FromDateTime(d.UtcDateTime)
            : null;
    }

    /// <summary>New-style ids <c>YYMM.NNNNN</c> carry the submission year (2007 onwards).</summary>
    private static int? YearFromId(string? id) =>
        id is not null && NewStyleId().Match(id) is { Success: true } m
            ? 2000 + int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;

    /// <summary>
    /// A short venue from a journal-ref: the text before the first digit, i.e. before volume, pages and year
    /// (<c>Phys.Rev.D76:013009,2007</c> → <c>Phys. Rev. D</c>); the whole ref when it starts with a digit.
    /// </summary>
    internal static string ShortVenue(string journalRef)
    {
        var m = FirstNumber().Match(journalRef);
        var name = (m.Success && m.Index > 0 ? journalRef[..m.Index] : journalRef).Trim().TrimEnd(',', ';', ':', '(', ' ');
        return JournalNames.Normalize(name.Length > 0 ? name : journalRef);
    }

    // Innermost parentheses first; applied twice for one level of nesting ("((1) CREST, (2) …)").
    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthesized();

    [GeneratedRegex(@"^(\d{2})(\d{2})\.\d{4,5}(v\d+)?$")]
    private static partial Regex NewStyleId();

    [GeneratedRegex(@"\s+-(?=\p{Lu})")]
    private static partial Regex SpacedHyphen();

    [GeneratedRegex(@"\d")]
    private static partial Regex FirstNumber();

    [GeneratedRegex(@"\b(Proc\.?|Proceedings|Conference|Conf\.|Symposium|Workshop)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConferenceHint();
}
