using SearchEngine.Core.Search;
using SearchEngine.Core.Similar;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Similar;

public sealed class SimilarPapersTests : IDisposable
{
    private readonly SearchEngine.Core.Indexing.PaperIndex _index = TestCorpus.Index();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Similar_papers_never_include_the_paper_itself_and_share_its_subject()
    {
        var response = new SimilarPapers(_index).ForPaper("p01", 5)!;
        Assert.DoesNotContain(response.Hits, h => h.Id == "p01");
        Assert.Equal("p02", response.Hits[0].Id);
        Assert.NotEmpty(response.Terms);
    }

    [Fact]
    public void Why_similar_terms_read_as_words_from_the_paper()
    {
        var response = new SimilarPapers(_index).ForPaper("p01", 5)!;
        Assert.Contains("cheap", response.Terms);
        Assert.DoesNotContain("oper", response.Terms); // a stem would be shown as "operations"
    }

    [Fact]
    public void Similar_papers_take_the_search_filters()
    {
        var response = new SimilarPapers(_index).ForPaper("p01", 10, SearchFilters.Of(("venue", "arXiv")))!;
        Assert.NotEmpty(response.Hits);
        Assert.All(response.Hits, h => Assert.Equal("arXiv", h.Venue));
    }

    [Fact]
    public void Unknown_id_gives_null()
    {
        Assert.Null(new SimilarPapers(_index).ForPaper("nope", 5));
    }

    [Fact]
    public void Pasted_text_finds_papers_on_its_subject()
    {
        var response = new SimilarPapers(_index).ForText("We fine-tune dialogue language models and measure their safety on benchmarks.", 3);
        Assert.Equal(["p07", "p12"], response.Hits.Take(2).Select(h => h.Id).Order());
    }

    [Fact]
    public void Text_without_known_terms_gives_no_hits()
    {
        Assert.Empty(new SimilarPapers(_index).ForText("zzzz qqqq", 3).Hits);
    }
}
