using System.Text.Json.Serialization;
using SearchEngine.Core.Facets;

namespace SearchEngine.Core.Search;

/// <summary>The search JSON shared by the CLI (<c>--json</c>) and the HTTP API (docs/api.md).</summary>
public sealed record SearchResponse
{
    public string Query { get; init; } = "";
    public int Total { get; init; }
    public int Page { get; init; }
    public int Size { get; init; }
    public long TookMs { get; init; }
    /// <summary>How the hits were ranked: lexical, semantic or hybrid (see <see cref="HybridSearch"/>).</summary>
    public string Mode { get; init; } = "lexical";
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } =
        new Dictionary<string, IReadOnlyList<FacetValue>>();
    public IReadOnlyDictionary<string, FacetInfo> FacetInfo { get; init; } = new Dictionary<string, FacetInfo>();
    /// <summary>"Did you mean": a corrected query when this one finds nothing or little.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Suggestion { get; init; }
    /// <summary>Opaque cursor for the page after this one (deep paging), null on the last page.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? NextCursor { get; init; }
    /// <summary>Parts of the query read differently than typed (unclosed quote…).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
