using System.Text.Json;
using static SearchEngine.Cli.Tests.Commands.CliRunner;

namespace SearchEngine.Cli.Tests.Commands;

public sealed class SearchCommandTests(SeedIndexFixture fixture) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public void Index_prints_a_summary_of_what_it_built()
    {
        Assert.Matches(@"papers indexed\s*│\s*207", fixture.IndexOutput);
        Assert.Matches(@"records read\s*│\s*238", fixture.IndexOutput);
    }

    [Fact]
    public async Task Search_json_has_hits_facets_and_suggestion_keys()
    {
        var (exit, output, _) = await Run("search", "GhostNetV2", "--index", fixture.Dir, "--json", "--size", "3");
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("GhostNetV2", root.GetProperty("query").GetString());
        Assert.Equal(3, root.GetProperty("size").GetInt32());
        var first = root.GetProperty("hits")[0];
        Assert.StartsWith("GhostNetV2: Enhance Cheap Operation", first.GetProperty("title").GetString());
        Assert.Equal("NeurIPS", first.GetProperty("venue").GetString());
        Assert.NotEmpty(first.GetProperty("snippet").GetProperty("highlights").EnumerateArray());
        Assert.DoesNotContain("<mark>", first.GetProperty("snippet").GetProperty("text").GetString());
        foreach (var dim in new[] { "venue", "topic", "year", "type", "hasCode" })
        {
            Assert.True(root.GetProperty("facets").TryGetProperty(dim, out _), dim);
        }
        // The author facet (about one value per paper) is counted only when asked for.
        Assert.False(root.GetProperty("facets").TryGetProperty("author", out _));
        Assert.True(root.TryGetProperty("suggestion", out _));
    }

    [Fact]
    public async Task Search_counts_the_author_facet_when_asked()
    {
        var (exit, output, _) = await Run("search", "GhostNetV2", "--index", fixture.Dir, "--json", "--facets", "venue,author");
        Assert.Equal(0, exit);
        var facets = JsonDocument.Parse(output).RootElement.GetProperty("facets");
        Assert.Equal(["venue", "author"], facets.EnumerateObject().Select(p => p.Name));
        Assert.NotEmpty(facets.GetProperty("author").EnumerateArray());
    }

    [Fact]
    public async Task Search_filters_and_sort_apply()
    {
        var (exit, output, _) = await Run("search", "--index", fixture.Dir, "--json", "--venue", "NeurIPS", "--year", "2025", "--sort", "newest", "--size", "100");
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("total").GetInt32(), hits.Count);
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("NeurIPS", h.GetProperty("venue").GetString()));
        Assert.All(hits, h => Assert.Equal(2025, h.GetProperty("year").GetInt32()));
    }

    [Fact]
    public async Task Misspelled_query_gets_a_did_you_mean()
    {
        var (_, output, _) = await Run("search", "speculatve decodng", "--index", fixture.Dir, "--json");
        Assert.Equal("speculative decoding", JsonDocument.Parse(output).RootElement.GetProperty("suggestion").GetString());
    }

    [Fact]
    public async Task Human_output_is_a_table()
    {
        var (exit, output, _) = await Run("search", "kangaroo", "--index", fixture.Dir);
        Assert.Equal(0, exit);
        Assert.Contains("papers match", output);
        Assert.Contains("Kangaroo", output);
    }

    [Fact]
    public async Task Similar_lists_related_papers_and_why()
    {
        var (_, search, _) = await Run("search", "\"GhostNet: More Features from Cheap Operations\"", "--index", fixture.Dir, "--json", "--size", "1");
        var id = JsonDocument.Parse(search).RootElement.GetProperty("hits")[0].GetProperty("id").GetString()!;
        var (exit, output, _) = await Run("similar", id, "--index", fixture.Dir, "--json", "--size", "5");
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        var titles = root.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
        Assert.DoesNotContain(titles, t => t.StartsWith("GhostNet: More Features", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("Ghost", StringComparison.Ordinal));
        Assert.NotEmpty(root.GetProperty("terms").EnumerateArray());
    }

    [Fact]
    public async Task Facets_prints_counts_only()
    {
        var (exit, output, _) = await Run("facets", "--index", fixture.Dir, "--json");
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(207, root.GetProperty("total").GetInt32());
        Assert.False(root.TryGetProperty("hits", out _));
        Assert.Equal("arXiv", root.GetProperty("facets").GetProperty("venue")[0].GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("--sort", "popular", "sort 'popular' is unknown")]
    [InlineData("--year", "2022-2018", "is inverted")]
    [InlineData("--size", "0", "size '0' must be a whole number from 1 to 100")]
    [InlineData("--size", "1000", "size '1000' must be a whole number from 1 to 100")]
    public async Task Bad_input_is_one_clear_line_and_a_non_zero_exit(string option, string value, string message)
    {
        var (exit, output, error) = await Run("search", "x", "--index", fixture.Dir, option, value);
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(message, error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("", output);
    }

    [Fact]
    public async Task Missing_index_is_reported_with_its_path()
    {
        var (exit, _, error) = await Run("search", "x", "--index", "/nonexistent/index");
        Assert.Equal(ExitCodes.NoIndex, exit);
        Assert.Contains("no index at '/nonexistent/index'", error);
    }

    [Fact]
    public async Task Unknown_paper_id_for_similar_is_an_error()
    {
        var (exit, _, error) = await Run("similar", "no-such-id", "--index", fixture.Dir);
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("no paper with id 'no-such-id'", error);
    }
}
