namespace SearchEngine.Core.Exchange;

/// <summary>One provenance entry of <see cref="PaperJson.Sources"/>.</summary>
public sealed class PaperSourceJson
{
    public string? File { get; set; }
    public string? PageKind { get; set; }
    public int Ordinal { get; set; }
    public int Line { get; set; }
    public string? Venue { get; set; }
    public int? Year { get; set; }
    public string? Type { get; set; }
    public string? Date { get; set; }
    public List<string>? Implied { get; set; }
}
