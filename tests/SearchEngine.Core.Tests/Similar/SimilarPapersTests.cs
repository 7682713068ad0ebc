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
    public void The_feedback_window_reorders_only_its_own_papers_and_leaves_the_rest_in_first_pass_order()
    {
        var reordered = 0;
        foreach (var id in TestCorpus.Papers.Select(p => p.Id))
        {
            var firstPass = Ranked(id, 1000, feedback: false);
            var whole = Ranked(id, 1000, feedback: true);
            var windowOf3 = Ranked(id, 3, feedback: true);
            if (!firstPass.SequenceEqual(whole)) reordered++;

            // Feedback changes the order, never which papers are similar.
            Assert.Equal(firstPass.Order(), whole.Order());
            Assert.Equal(firstPass.Order(), windowOf3.Order());
            Assert.DoesNotContain(id, windowOf3);
            // A window of 3 (the source paper among them): its papers first, then the first pass's order.
            Assert.Equal(firstPass.Take(2).Order(), windowOf3.Take(2).Order());
            Assert.Equal(firstPass.Skip(2), windowOf3.Skip(2));
        }
        // Else this test would prove nothing about re-scoring.
        Assert.True(reordered > 0, "feedback reordered no paper's similar list");
    }

    private static List<string> Ranked(string id, int window, bool feedback)
    {
        // why search's window set apart: similar papers have their own (mlt.fbwindow); search's must not move it.
        var ranking = new Core.Options.RankingOptions { FeedbackWindow = 1 }
            with { Similar = new Core.Options.MoreLikeThisOptions { Feedback = feedback, FeedbackWindow = window } };
        using var index = Core.Indexing.PaperIndex.InMemory(TestCorpus.Papers, new Core.Options.AnalyzerOptions(), ranking);
        return new SimilarPapers(index).Rank(id, 100)!.Select(h => h.Id).ToList();
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
