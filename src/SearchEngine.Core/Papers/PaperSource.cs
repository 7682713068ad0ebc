namespace SearchEngine.Core.Papers;

/// <summary>
/// Provenance of a merged paper: one entry per record merged into it, with the facts that record gave.
/// </summary>
public sealed record PaperSource
{
    public required string File { get; init; }
    public required string PageKind { get; init; }
    public int Ordinal { get; init; }
    public int Line { get; init; }
    public string? Venue { get; init; }
    public int? Year { get; init; }
    public PublicationType? Type { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>Fields this source filled from the page kind rather than from the record itself.</summary>
    public IReadOnlyList<string> Implied { get; init; } = [];

    public static PaperSource From(PaperRecord r) => new()
    {
        File = r.Source.File,
        PageKind = r.Source.PageKind,
        Ordinal = r.Source.Ordinal,
        Line = r.Source.Line,
        Venue = r.Venue,
        Year = r.Year,
        Type = r.Type,
        Date = r.Date,
        Implied = r.ImpliedFields,
    };
}
