namespace SearchEngine.Core.Exchange;

/// <summary>
/// One line of the JSON Lines exchange schema (see <c>docs/data-format.md</c>). Only <see cref="Title"/> is
/// required on input. Property names are camelCase on the wire; nulls are omitted on output.
/// </summary>
public sealed class PaperJson
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    /// <summary>Other titles the work is listed under (merged listings); omitted when none.</summary>
    public List<string>? AlternateTitles { get; set; }
    public string? Abstract { get; set; }
    public List<string>? Authors { get; set; }
    /// <summary>True when the author list is known to be cut ("et al."); omitted when false.</summary>
    public bool? AuthorsTruncated { get; set; }
    public int? Year { get; set; }
    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public string? Date { get; set; }
    public string? Venue { get; set; }
    /// <summary><c>conference</c>, <c>journal</c> or <c>preprint</c>.</summary>
    public string? Type { get; set; }
    public List<string>? Topics { get; set; }
    /// <summary>Topics inferred by the engine, kept apart from given ones.</summary>
    public List<string>? InferredTopics { get; set; }
    public bool? HasCode { get; set; }
    public string? Affiliation { get; set; }
    public string? Doi { get; set; }
    public string? Url { get; set; }
    public int? Citations { get; set; }
    /// <summary>Provenance; when present on input it is kept instead of pointing at the JSON Lines file.</summary>
    public List<PaperSourceJson>? Sources { get; set; }
}
