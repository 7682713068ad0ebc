namespace SearchEngine.Api.Models;

/// <summary><c>GET /api/stats</c>: what the open index holds and where it came from.</summary>
public sealed record StatsResponse
{
    /// <summary>Papers searchable now.</summary>
    public int Papers { get; init; }
    /// <summary>How many source files the index was built from.</summary>
    public int Sources { get; init; }
    public IReadOnlyList<string> SourceFiles { get; init; } = [];
    /// <summary>Size of the live index generation on disk, in bytes.</summary>
    public long IndexSizeBytes { get; init; }
    public DateTimeOffset BuiltAt { get; init; }
    /// <summary>The live generation directory name (<c>gen-000001</c>).</summary>
    public string Generation { get; init; } = "";
}
