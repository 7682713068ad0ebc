using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Tools.Tests.Bench;

/// <summary>
/// <c>vectors</c> at a tiny size: a collection of 20 CACM papers, 3 queries, 2,000 synthetic vectors, the real model
/// (loaded from the package), every figure printed. The figures themselves are the benchmark's, not asserted.
/// </summary>
public sealed class VectorsCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("vectors-cmd-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task Prints_every_embedding_figure()
    {
        var cacm = Path.Combine(TestPaths.RepoRoot, "..", "shared", "eval", "cacm");
        var collection = Directory.CreateDirectory(Path.Combine(_dir.FullName, "tiny"));
        File.WriteAllLines(Path.Combine(collection.FullName, "corpus.jsonl"),
            File.ReadLines(Path.Combine(cacm, "corpus.jsonl")).Skip(1000).Take(20));
        File.WriteAllLines(Path.Combine(collection.FullName, "queries.tsv"), File.ReadLines(Path.Combine(cacm, "queries.tsv")).Take(3));
        File.WriteAllText(Path.Combine(collection.FullName, "qrels.txt"), "1 0 1001 1\n");

        var (exit, output, error) = await ToolsRunner.Run("vectors", "--collection", collection.FullName, "--sizes", "2000",
            "--embed", "5", "--queries", "3", "--vectors", Path.Combine(_dir.FullName, "cache"));

        Assert.True(exit == 0, error);
        Assert.Contains("paper embedding: 5 papers in ", output);
        Assert.Contains("query embedding: p50 ", output);
        Assert.Contains("exact top-10 over 2,000 vectors (one core): p50 ", output);
        Assert.Contains("with a filter allowing 10%", output);
        Assert.Contains("lexical search on 20 papers (tiny): p50 ", output);
        Assert.Contains("hybrid search on 20 papers (tiny): p50 ", output);
    }
}
