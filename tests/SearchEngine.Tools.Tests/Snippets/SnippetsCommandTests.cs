using SearchEngine.Core.Tests.Builders;
using SearchEngine.Core.Papers;
using SearchEngine.Tools.Commands;

namespace SearchEngine.Tools.Tests.Snippets;

public sealed class SnippetsCommandTests
{
    private static readonly Paper[] Papers =
    [
        new() { Id = "a", Title = "Ghost modules", Abstract = "Convolutional networks are costly. We propose a Ghost module that makes feature maps from cheap operations, and networks built from it." },
        new() { Id = "b", Title = "Sorting", Abstract = "Comparison sorting needs n log n comparisons. We study cheap sorting networks." },
        new() { Id = "c", Title = "Dialogue", Abstract = "Language models for dialogue, and their safety." },
    ];

    [Fact]
    public void Both_builders_mark_the_query_words_of_every_hit_and_are_timed()
    {
        var (ours, lucene) = SnippetsCommand.Compare(Papers, ["cheap networks", "dialogue safety"]);

        Assert.Equal(3, ours.Snippets); // a and b for the first query, c for the second
        Assert.Equal(ours.Snippets, lucene.Snippets);
        Assert.Equal(1.0, ours.HighlightedShare);
        Assert.Equal(1.0, lucene.HighlightedShare);
        Assert.True(ours.DistinctWordsPerSnippet >= 2, $"ours marks {ours.DistinctWordsPerSnippet} words per snippet");
        Assert.True(ours.P50Micros > 0 && lucene.P50Micros > 0);
    }

    [Fact]
    public async Task The_command_prints_one_row_per_builder_and_set()
    {
        var (exit, output, _) = await ToolsRunner.Run("snippets", "--seeds", TestPaths.SeedsDir);
        Assert.Equal(0, exit);
        Assert.Contains("[seeds]", output);
        Assert.Contains("ours (SnippetBuilder)", output);
        Assert.Contains("Lucene.Net.Highlighter", output);
    }
}
