using System.Text.Json;
using SearchEngine.Cli;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Cli.Tests.Commands;

public sealed class EvalCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public EvalCommandTests()
    {
        _dir.Write("corpus.jsonl", """
            {"id": "1", "title": "GhostNet: More Features from Cheap Operations", "abstract": "A Ghost module generates more feature maps from cheap operations.", "authors": ["Kai Han"], "year": 2020}
            {"id": "2", "title": "GhostNetV2: Enhance Cheap Operation with Long-Range Attention", "abstract": "Ghost modules with hardware-friendly attention.", "authors": ["Yehui Tang"], "year": 2022}
            {"id": "3", "title": "A Survey of Graph Neural Networks", "abstract": "Graph neural networks learn over graphs.", "authors": ["Alan Turing"], "year": 2020}
            """);
        _dir.Write("queries.tsv", "1\tghost module\n2\tgraph networks\n3\tunjudged query\n");
        _dir.Write("qrels.txt", "1 0 1 1\n1 0 2 1\n2 0 3 1\n");
        _dir.Write("links.tsv", "1\t2\n");
    }

    public void Dispose() => _dir.Dispose();

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, new CliConsole(output, error, interactive: false));
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Json_prints_the_four_metrics_the_query_count_and_similar_paper_metrics()
    {
        var (exit, output, err) = await Run("eval", "--collection", _dir.Path, "--json", "--set", "mlt.mindocfreq=1");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", err);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(["map", "ndcg@10", "p@10", "recall@100", "queries", "similar", "modes"], root.EnumerateObject().Select(p => p.Name));
        // why: the model ships with the package, so eval on auto scores every retrieval mode.
        Assert.Equal(["lexical", "semantic", "hybrid"], root.GetProperty("modes").EnumerateArray().Select(m => m.GetProperty("mode").GetString()));
        Assert.Equal(2, root.GetProperty("queries").GetInt32());
        Assert.Equal(1.0, root.GetProperty("map").GetDouble());
        Assert.Equal(1.0, root.GetProperty("recall@100").GetDouble());
        var similar = root.GetProperty("similar");
        Assert.Equal(["p@10", "mrr", "papers"], similar.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, similar.GetProperty("papers").GetInt32());
    }

    [Fact]
    public async Task Table_output_lists_the_metrics_and_settings_and_the_run_file_is_written()
    {
        var run = _dir.File("out.trec");
        var (exit, output, _) = await Run("eval", "--collection", _dir.Path, "--run", run, "--set", "k1=0.9", "--set", "analyzer.stemmer=kstem");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("stemmer=kstem", output);
        Assert.Contains("k1=0.9", output);
        Assert.Matches(@"│\s*defaults\s*│\s*2\s*│\s*1\.0000\s*│", output);
        Assert.Matches(@"Similar P@10\s*│", output);
        var lines = File.ReadAllLines(run);
        Assert.Matches(@"^1 Q0 [12] 1 [0-9.]+ searchengine$", lines[0]);
        Assert.DoesNotContain(lines, l => l.StartsWith("3 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Several_collections_and_the_baseline_print_one_row_each_and_their_mean()
    {
        var (exit, output, err) = await Run("eval", "--collection", _dir.Path, "--collection", _dir.Path, "--baseline", "--json",
            "--set", "mlt.mindocfreq=1");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", err);
        using var doc = JsonDocument.Parse(output);
        var collections = doc.RootElement.GetProperty("collections");
        Assert.Equal(2, collections.GetArrayLength());
        var first = collections[0];
        Assert.Equal(Path.GetFileName(_dir.Path), first.GetProperty("name").GetString());
        Assert.Equal(1.0, first.GetProperty("defaults").GetProperty("map").GetDouble());
        Assert.Equal(2, first.GetProperty("baseline").GetProperty("queries").GetInt32());
        var mean = doc.RootElement.GetProperty("mean");
        Assert.Equal("mean", mean.GetProperty("name").GetString());
        Assert.Equal(4, mean.GetProperty("defaults").GetProperty("queries").GetInt32());
        Assert.Equal(first.GetProperty("baseline").GetProperty("map").GetDouble(), mean.GetProperty("baseline").GetProperty("map").GetDouble());
    }

    [Fact]
    public async Task The_table_shows_the_defaults_map_as_a_multiple_of_the_stock_baseline()
    {
        var (exit, output, _) = await Run("eval", "--collection", _dir.Path, "--baseline");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("baseline (stock): analyzer.stemmer=porter", output);
        Assert.Matches(@"│\s*defaults\s*│\s*2\s*│\s*1\.0000\s*│\s*[0-9.]+×\s*│", output);
        Assert.Matches(@"│\s*stock\s*│\s*2\s*│", output);
    }

    [Fact]
    public async Task A_run_file_with_several_collections_is_a_clear_error()
    {
        var (exit, _, err) = await Run("eval", "--collection", _dir.Path, "--collection", _dir.Path, "--run", _dir.File("x.trec"));
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("single --collection", err);
    }

    [Theory]
    [InlineData("analyzer.singlefield=true", "was removed: the index has one layout")]
    [InlineData("k1=abc", "k1 must be a number")]
    [InlineData("nosuch=1", "unknown ranking setting 'nosuch'")]
    [InlineData("analyzer.stemmer=snowball", "analyzer.stemmer must be one of")]
    public async Task A_bad_setting_is_a_clear_error_and_a_non_zero_exit(string setting, string message)
    {
        var (exit, output, err) = await Run("eval", "--collection", _dir.Path, "--set", setting);
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("", output);
        Assert.StartsWith("error: ", err);
        Assert.Contains(message, err);
    }

    [Fact]
    public async Task A_missing_collection_file_is_named()
    {
        File.Delete(_dir.File("qrels.txt"));
        var (exit, _, err) = await Run("eval", "--collection", _dir.Path);
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("qrels.txt", err);
        Assert.Contains("not found", err);
    }

    [Fact]
    public async Task A_missing_collection_directory_is_named()
    {
        var (exit, _, err) = await Run("eval", "--collection", _dir.File("nowhere"));
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("nowhere", err);
    }
}
