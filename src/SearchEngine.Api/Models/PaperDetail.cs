using System.Globalization;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Topics;

namespace SearchEngine.Api.Models;

/// <summary>
/// The full paper of <c>GET /api/papers/{id}</c>: abstract, all authors, topics marked <c>given</c> (by a source) or
/// <c>inferred</c> (by the engine) with readable labels, and the sources each fact came from.
/// </summary>
public sealed record PaperDetail
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string Abstract { get; init; } = "";
    public IReadOnlyList<string> Authors { get; init; } = [];
    public bool AuthorsTruncated { get; init; }
    public int? Year { get; init; }
    public string? Date { get; init; }
    public string? Venue { get; init; }
    public string? Type { get; init; }
    public IReadOnlyList<TopicMark> Topics { get; init; } = [];
    public bool HasCode { get; init; }
    /// <summary>The first link to the paper's code, or null.</summary>
    public string? CodeUrl { get; init; }
    /// <summary>Code, arXiv, DOI and other links, each with where it was found (<c>abstract</c> or <c>source</c>).</summary>
    public IReadOnlyList<PaperLink> Links { get; init; } = [];
    /// <summary>Other titles the same work is listed under (merged listings).</summary>
    public IReadOnlyList<string> AlternateTitles { get; init; } = [];
    /// <summary>Distinct papers that are versions of this one.</summary>
    public IReadOnlyList<PaperVersion> OtherVersions { get; init; } = [];
    public string? Affiliation { get; init; }
    public string? Doi { get; init; }
    public string? Url { get; init; }
    public int? Citations { get; init; }
    public IReadOnlyList<SourceDetail> Sources { get; init; } = [];

    public static PaperDetail From(Paper p) => new()
    {
        Id = p.Id,
        Title = p.Title,
        Abstract = p.Abstract,
        Authors = p.Authors,
        AuthorsTruncated = p.AuthorsTruncated,
        Year = p.Year,
        Date = p.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Venue = p.Venue,
        Type = p.Type?.ToCode(),
        Topics = p.Topics.Select(t => new TopicMark(t, Taxonomy.Label(t), TopicMark.Given))
            .Concat(p.InferredTopics.Except(p.Topics, StringComparer.Ordinal)
                .Select(t => new TopicMark(t, Taxonomy.Label(t), TopicMark.Inferred)))
            .ToList(),
        HasCode = p.HasCode,
        CodeUrl = p.CodeUrl,
        Links = p.Links,
        AlternateTitles = p.AlternateTitles,
        OtherVersions = p.OtherVersions,
        Affiliation = p.Affiliation,
        Doi = p.Doi,
        Url = p.Url,
        Citations = p.Citations,
        Sources = p.Sources.Select(SourceDetail.From).ToList(),
    };
}

/// <summary>A topic of a paper: its code, readable label (when the taxonomy knows it) and whether it was given or inferred.</summary>
public sealed record TopicMark(string Code, string? Label, string Origin)
{
    public const string Given = "given";
    public const string Inferred = "inferred";
}

/// <summary>One source record merged into the paper and the facts it gave (<c>implied</c>: filled from the page kind).</summary>
public sealed record SourceDetail
{
    public required string File { get; init; }
    public required string PageKind { get; init; }
    public int Ordinal { get; init; }
    public int Line { get; init; }
    public string? Venue { get; init; }
    public int? Year { get; init; }
    public string? Type { get; init; }
    public string? Date { get; init; }
    public IReadOnlyList<string> Implied { get; init; } = [];

    public static SourceDetail From(PaperSource s) => new()
    {
        File = s.File,
        PageKind = s.PageKind,
        Ordinal = s.Ordinal,
        Line = s.Line,
        Venue = s.Venue,
        Year = s.Year,
        Type = s.Type?.ToCode(),
        Date = s.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Implied = s.Implied,
    };
}
