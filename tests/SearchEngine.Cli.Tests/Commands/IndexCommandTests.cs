using SearchEngine.Cli.Output;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Indexing;

namespace SearchEngine.Cli.Tests.Commands;

public sealed class IndexCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "se-cli-index-" + Guid.NewGuid().ToString("N"));

    public IndexCommandTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Sources()
    {
        var file = Path.Combine(_root, "papers.jsonl");
        File.WriteAllText(file, "{\"id\":\"a\",\"title\":\"A paper on graphs\"}\n{\"id\":\"b\",\"title\":\"Another on trees\"}\n");
        return file;
    }

    [Theory]
    [InlineData(new string[0], true)]
    [InlineData(new[] { "--priority", "low" }, true)]
    [InlineData(new[] { "--priority", "normal" }, false)]
    public async Task A_build_lowers_its_CPU_priority_unless_told_not_to(string[] priority, bool lowered)
    {
        // why a recording console: lowering for real would slow this test host for the rest of its run (an
        // unprivileged process cannot raise it back); the real lowering is tested in BackgroundPriorityTests and by
        // running the executable (IndexProcessTests).
        var console = new CliConsole(new StringWriter(), new StringWriter(), interactive: false);

        var exit = await CliApp.RunAsync(["index", "--source", Sources(), "--index", Path.Combine(_root, "index"), .. priority], console);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(lowered, console.PriorityLowered);
    }

    [Fact]
    public async Task A_second_builder_on_the_same_index_stops_with_a_clear_message()
    {
        var index = Path.Combine(_root, "index");
        using var other = IndexLock.Acquire(index, TimeSpan.Zero);

        var (exit, _, err) = await CliRunner.Run("index", "--source", Sources(), "--index", index);

        Assert.Equal(ExitCodes.Locked, exit);
        Assert.Contains("being built or written by another process", err);
        Assert.Contains("--wait", err);
        Assert.False(new IndexLocation(index).Exists);
    }

    [Fact]
    public async Task A_builder_that_waits_builds_once_the_lock_is_released()
    {
        var index = Path.Combine(_root, "index");
        var other = IndexLock.Acquire(index, TimeSpan.Zero);
        var sources = Sources();
        var run = Task.Run(() => CliRunner.Run("index", "--source", sources, "--index", index, "--wait", "60"));
        await Task.Delay(300);
        other.Dispose();

        var (exit, _, err) = await run;

        Assert.True(exit == ExitCodes.Ok, err);
        Assert.True(new IndexLocation(index).Exists);
    }

    [Fact]
    public async Task Added_and_deleted_papers_are_applied_and_survive_a_rebuild()
    {
        var index = Path.Combine(_root, "index");
        var sources = Sources();
        Assert.Equal(ExitCodes.Ok, (await CliRunner.Run("index", "--source", sources, "--index", index)).Exit);
        var added = Path.Combine(_root, "added.jsonl");
        File.WriteAllText(added, "{\"id\":\"n1\",\"title\":\"Narwhal Parsing\"}\n{\"id\":\"n2\"}\n");

        var (exit, output, err) = await CliRunner.Run("add", added, "--index", index);
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("added.jsonl:2: missing title", err);
        Assert.Contains("added 1 paper(s); 1 line(s) rejected", output);
        Assert.Equal(ExitCodes.Ok, (await CliRunner.Run("delete", "b", "--index", index)).Exit);

        Assert.Equal(ExitCodes.Ok, (await CliRunner.Run("index", "--source", sources, "--index", index)).Exit);
        using var rebuilt = PaperIndex.Open(new IndexLocation(index));
        Assert.Equal("Narwhal Parsing", rebuilt.Get("n1")?.Title);
        Assert.Null(rebuilt.Get("b"));
        Assert.NotNull(rebuilt.Get("a"));
    }

    [Fact]
    public async Task Added_papers_are_embedded_and_deleted_ones_leave_semantic_neighbours()
    {
        var index = Path.Combine(_root, "index");
        Assert.Equal(ExitCodes.Ok, (await CliRunner.Run("index", "--source", Sources(), "--index", index, "--embeddings", "on")).Exit);
        var added = Path.Combine(_root, "added.jsonl");
        File.WriteAllText(added, "{\"id\":\"n1\",\"title\":\"Shortest paths in weighted graphs\"}\n");

        var (exit, _, err) = await CliRunner.Run("add", added, "--index", index, "--embeddings", "on");

        Assert.True(exit == ExitCodes.Ok, err);
        Assert.Contains("embedded 1 paper(s)", err);
        var meta = IndexMeta.Read(new IndexLocation(index).Current!);
        var cache = new VectorCache(meta.Embedding!, Path.Combine(index, "vectors"));
        Assert.True(cache.TryGet(EmbeddingText.Hash("Shortest paths in weighted graphs"), out _));
        var (_, before, _) = await CliRunner.Run("similar", "a", "--mode", "semantic", "--index", index, "--json");
        Assert.Contains("\"n1\"", before);

        Assert.Equal(ExitCodes.Ok, (await CliRunner.Run("delete", "n1", "--index", index)).Exit);
        var (_, after, _) = await CliRunner.Run("similar", "a", "--mode", "semantic", "--index", index, "--json");
        Assert.DoesNotContain("\"n1\"", after);
        Assert.Contains("\"b\"", after);
    }
}
