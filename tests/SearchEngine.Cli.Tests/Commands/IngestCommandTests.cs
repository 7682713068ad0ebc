using System.Text.Json;
using SearchEngine.Cli;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Cli.Tests.Commands;

public sealed class IngestCommandTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, new CliConsole(output, error, interactive: false));
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Summary_lists_each_file_with_kind_and_the_merge_totals()
    {
        var (exit, output, err) = await Run("ingest", "--source", TestPaths.SeedsDir);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", err);
        Assert.Matches(@"000_79e023a35548ea20\.txt\s*│\s*author-cluster\s*│\s*54\s*│\s*54", output);
        Assert.Matches(@"004_556567b942a880df\.txt\s*│\s*trending-papers\s*│\s*67", output);
        Assert.Matches(@"│\s*238\s*│\s*207\s*│\s*27\s*│\s*0\s*│", output);
    }

    [Fact]
    public async Task Json_flag_prints_the_summary_as_json()
    {
        var (exit, output, _) = await Run("ingest", "--source", TestPaths.SeedsDir, "--json");
        Assert.Equal(ExitCodes.Ok, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(238, root.GetProperty("totalRecords").GetInt32());
        Assert.Equal(207, root.GetProperty("distinctPapers").GetInt32());
        Assert.Equal(27, root.GetProperty("mergedGroups").GetInt32());
        Assert.Equal(5, root.GetProperty("files").GetArrayLength());
        Assert.Equal("metrics-profile", root.GetProperty("files")[2].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Out_writes_the_merged_papers_ordered_by_id()
    {
        var dir = Directory.CreateTempSubdirectory("se-cli-");
        try
        {
            var path = Path.Combine(dir.FullName, "papers.jsonl");
            var (exit, output, _) = await Run("ingest", "--source", TestPaths.SeedsDir, "--out", path);
            Assert.Equal(ExitCodes.Ok, exit);
            var ids = File.ReadLines(path).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToList();
            Assert.Equal(207, ids.Count);
            Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
            Assert.Contains($"wrote 207 papers to {path}", output);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Issues_are_printed_as_file_line_reason_and_unknown_files_are_listed()
    {
        var dir = Directory.CreateTempSubdirectory("se-cli-");
        try
        {
            File.Copy(TestPaths.Seed("004"), Path.Combine(dir.FullName, "a.txt"));
            File.WriteAllText(Path.Combine(dir.FullName, "b.jsonl"), "{\"title\":\"Ok\"}\n{\"title\":\"Bad\",\"year\":\"abc\"}");
            File.WriteAllBytes(Path.Combine(dir.FullName, "c.bin"), [0, 1, 2, 0xff]);
            var (exit, output, _) = await Run("ingest", "--source", dir.FullName);
            Assert.Equal(ExitCodes.Ok, exit);
            Assert.Contains("b.jsonl:2: invalid value at $.year", output);
            Assert.Contains("c.bin:0: unknown format: skipped", output);
            Assert.Matches(@"c\.bin\s*│\s*unknown \(skipped\)", output);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_path_is_named_and_exits_non_zero_without_a_stack_trace()
    {
        var (exit, _, err) = await Run("ingest", "--source", "/no/such/seeds");
        Assert.Equal(ExitCodes.NothingRead, exit);
        Assert.Equal("error: source not found: /no/such/seeds", err.Trim());
    }

    [Fact]
    public async Task Nothing_readable_exits_with_nothing_read()
    {
        var dir = Directory.CreateTempSubdirectory("se-cli-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "empty.txt"), "");
            var (exit, _, err) = await Run("ingest", "--source", dir.FullName);
            Assert.Equal(ExitCodes.NothingRead, exit);
            Assert.Contains("no records could be read", err);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
