using Lucene.Net.Search;
namespace SearchEngine.Core.Indexing;

/// <summary>What an open index holds and where it came from (<c>GET /api/stats</c>).</summary>
public sealed record IndexStats
{
    /// <summary>Papers searchable now.</summary>
    public int Papers { get; init; }
    /// <summary>How many source files the index was built from.</summary>
    public int Sources { get; init; }
    public IReadOnlyList<string> SourceFiles { get; init; } = [];
    /// <summary>Size of the live index generation on disk, in bytes (0 in memory).</summary>
    public long IndexSizeBytes { get; init; }
    public DateTimeOffset BuiltAt { get; init; }
    /// <summary>The live generation directory name (<c>gen-000001</c>); empty in memory.</summary>
    public string Generation { get; init; } = "";

    /// <summary>The statistics of <paramref name="index"/> now (one searcher acquired for the paper count).</summary>
    public static IndexStats Of(PaperIndex index)
    {
        int papers;
        using (var context = index.Searchers.GetContext())
        {
            papers = context.Reference.IndexReader.NumDocs;
        }
        var path = index.Path;
        var size = path is not null && Directory.Exists(path)
            ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
            : 0;
        return new IndexStats
        {
            Papers = papers,
            Sources = index.Meta.SourceFiles.Count,
            SourceFiles = index.Meta.SourceFiles,
            IndexSizeBytes = size,
            BuiltAt = index.Meta.BuiltAt,
            Generation = path is null ? "" : Path.GetFileName(path),
        };
    }
}
