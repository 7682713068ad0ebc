using Lucene.Net.Search;
using SearchEngine.Core.Suggest;
using SearchEngine.Core.Tests.Relevance;

namespace SearchEngine.Core.Tests.Suggest;

/// <summary>Autocomplete over the seed pages: what a researcher types in the middle of a title.</summary>
public sealed class SeedAutocompleteTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Theory]
    [InlineData("large lang", "large language")]
    [InlineData("quant", "quant")]
    [InlineData("vision tr", "vision transformer")]
    public void Words_inside_titles_are_completed(string typed, string inTitle)
    {
        using var context = seeds.Index.Searchers.GetContext();
        var titles = new Autocomplete().Complete(context.Reference, typed)
            .Where(s => s.Kind == Suggestion.TitleKind).Select(s => s.Text).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.Contains(inTitle, t, StringComparison.OrdinalIgnoreCase));
    }
}
