using System.Globalization;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Exchange;

/// <summary>Maps between <see cref="Paper"/>/<see cref="PaperRecord"/> and the wire shape <see cref="PaperJson"/>.</summary>
public static class PaperJsonMapper
{
    public const string DateFormat = "yyyy-MM-dd";

    public static PaperJson ToJson(Paper p) => new()
    {
        Id = p.Id,
        Title = p.Title,
        AlternateTitles = p.AlternateTitles.Count > 0 ? [.. p.AlternateTitles] : null,
        Abstract = p.Abstract,
        Authors = [.. p.Authors],
        AuthorsTruncated = p.AuthorsTruncated ? true : null,
        Year = p.Year,
        Date = p.Date?.ToString(DateFormat, CultureInfo.InvariantCulture),
        Venue = p.Venue,
        Type = p.Type?.ToCode(),
        Topics = [.. p.Topics],
        InferredTopics = p.InferredTopics.Count > 0 ? [.. p.InferredTopics] : null,
        HasCode = p.HasCode,
        Affiliation = p.Affiliation,
        Doi = p.Doi,
        Url = p.Url,
        Citations = p.Citations,
        Sources = [.. p.Sources.Select(s => new PaperSourceJson
        {
            File = s.File,
            PageKind = s.PageKind,
            Ordinal = s.Ordinal,
            Line = s.Line,
            Venue = s.Venue,
            Year = s.Year,
            Type = s.Type?.ToCode(),
            Date = s.Date?.ToString(DateFormat, CultureInfo.InvariantCulture),
            Implied = s.Implied.Count > 0 ? [.. s.Implied] : null,
        })],
    };

    /// <summary>
    /// Builds a record from a parsed line; returns the reason instead when a value is invalid
    /// (missing title, unknown type, bad date).
    /// </summary>
    public static PaperRecord? ToRecord(PaperJson j, SourceRef source, out string? error)
    {
        error = null;
        var title = TextNormalizer.Normalize(j.Title);
        if (title.Length == 0)
        {
            error = "missing title";
            return null;
        }
        if (!TryType(j.Type, out var type, ref error) || !TryDate(j.Date, out var date, ref error))
        {
            return null;
        }
        List<PaperSource>? carried = null;
        foreach (var s in j.Sources ?? [])
        {
            if (!TryType(s.Type, out var sType, ref error) || !TryDate(s.Date, out var sDate, ref error))
            {
                return null;
            }
            carried ??= [];
            carried.Add(new PaperSource
            {
                File = s.File ?? source.File,
                PageKind = s.PageKind ?? source.PageKind,
                Ordinal = s.Ordinal,
                Line = s.Line,
                Venue = s.Venue,
                Year = s.Year,
                Type = sType,
                Date = sDate,
                Implied = s.Implied ?? [],
            });
        }
        var (authors, etAl) = AuthorNames.CleanList(j.Authors ?? []);
        return new PaperRecord
        {
            Title = title,
            AlternateTitles = [.. (j.AlternateTitles ?? []).Select(t => TextNormalizer.Normalize(t)).Where(t => t.Length > 0)],
            Abstract = j.Abstract is null ? null : TextNormalizer.Normalize(j.Abstract),
            Authors = authors,
            AuthorsTruncated = (j.AuthorsTruncated ?? false) || etAl,
            Venue = string.IsNullOrWhiteSpace(j.Venue) ? null : TextNormalizer.Normalize(j.Venue),
            Type = type,
            Year = j.Year,
            Date = date,
            Topics = j.Topics ?? [],
            InferredTopics = j.InferredTopics ?? [],
            HasCode = j.HasCode,
            Affiliation = j.Affiliation,
            SourceId = string.IsNullOrWhiteSpace(j.Id) ? null : j.Id,
            Doi = j.Doi,
            Url = j.Url,
            Citations = j.Citations,
            CarriedSources = carried,
            Source = source,
        };
    }

    private static bool TryType(string? code, out PublicationType? type, ref string? error)
    {
        type = null;
        if (code is null)
        {
            return true;
        }
        if (PublicationTypes.TryParse(code, out var t))
        {
            type = t;
            return true;
        }
        error = $"unknown type '{code}' (expected conference, journal or preprint)";
        return false;
    }

    private static bool TryDate(string? text, out DateOnly? date, ref string? error)
    {
        date = null;
        if (text is null)
        {
            return true;
        }
        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }
        error = $"invalid date '{text}' (expected {DateFormat})";
        return false;
    }
}
