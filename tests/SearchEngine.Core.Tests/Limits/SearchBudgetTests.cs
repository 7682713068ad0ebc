using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Limits;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Querying;
using SearchEngine.Core.Schema;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.Builders;
using static SearchEngine.Core.Tests.Builders.PaperBuilder;

namespace SearchEngine.Core.Tests.Limits;

/// <summary>A request's budget stops its searches; expansions and many-valued filters are bounded.</summary>
public sealed class SearchBudgetTests
{
    private static SearchRequest Request(string q, string? venue = null) =>
        SearchRequest.TryParse(venue is null ? new SearchParameters { Q = q } : new SearchParameters { Q = q }.Where("venue", venue), out _)!;

    [Fact]
    public void A_spent_budget_stops_the_search()
    {
        using var index = TestCorpus.Index();
        using (SearchBudget.Begin(TimeSpan.Zero, CancellationToken.None))
        {
            Assert.Throws<SearchBudgetExceededException>(() => new SearchService(index).Search(Request("ghost~2 cheap*")));
        }
        // outside the scope there is no budget
        Assert.True(new SearchService(index).Search(Request("ghost")).Total > 0);
    }

    [Fact]
    public void A_cancelled_request_stops_the_search()
    {
        using var index = TestCorpus.Index();
        using var gone = new CancellationTokenSource();
        gone.Cancel();
        using (SearchBudget.Begin(TimeSpan.FromMinutes(1), gone.Token))
        {
            Assert.ThrowsAny<OperationCanceledException>(() => new SearchService(index).Search(Request("ghost")));
        }
    }

    [Fact]
    public void A_restarted_budget_keeps_the_limit_and_cancellation_and_never_gains_threads()
    {
        using var gone = new CancellationTokenSource();
        using (SearchBudget.Begin(TimeSpan.FromMinutes(1), gone.Token, maxThreads: 2))
        {
            var outer = SearchBudget.Current;
            using (SearchBudget.Restart(int.MaxValue))
            {
                Assert.NotSame(outer, SearchBudget.Current);
                Assert.Equal(TimeSpan.FromMinutes(1), SearchBudget.Current!.Limit);
                Assert.Equal(2, SearchBudget.Current.MaxThreads);
                using (SearchBudget.Restart(1)) Assert.Equal(1, SearchBudget.Current!.MaxThreads);
                gone.Cancel();
                Assert.ThrowsAny<OperationCanceledException>(SearchBudget.Check);
            }
            Assert.Same(outer, SearchBudget.Current);
        }
        using (SearchBudget.Restart(1)) Assert.Null(SearchBudget.Current);
    }

    [Fact]
    public void A_budget_that_is_not_spent_changes_nothing()
    {
        using var index = TestCorpus.Index();
        var free = new SearchService(index).Search(Request("cheap operations"));
        using (SearchBudget.Begin(TimeSpan.FromMinutes(1), CancellationToken.None))
        {
            var budgeted = new SearchService(index).Search(Request("cheap operations"));
            Assert.Equal(free.Hits.Select(h => h.Id), budgeted.Hits.Select(h => h.Id));
        }
    }

    [Fact]
    public void A_prefix_expands_to_at_most_fifty_terms_the_most_frequent_first()
    {
        var papers = Enumerable.Range(0, 120).Select(i => Paper($"x{i}", $"zeta{(char)('a' + i / 26)}{(char)('a' + i % 26)}x study").Build())
            .Append(Paper("common1", "zetacommon one").Build())
            .Append(Paper("common2", "zetacommon two").Build())
            .ToList();
        using var index = PaperIndex.InMemory(papers);
        using var context = index.Searchers.GetContext();
        var query = new PrefixQuery(new Term(PaperFields.Title, "zeta")) { MultiTermRewriteMethod = CappedExpansionRewrite.Instance };

        var rewritten = (BooleanQuery)context.Reference.Rewrite(query);

        Assert.Equal(CappedExpansionRewrite.MaxTerms, rewritten.Clauses.Count);
        Assert.Equal("zetacommon", ((TermQuery)rewritten.Clauses[0].Query).Term.Text);
    }

    [Fact]
    public void A_filter_with_more_values_than_the_clause_limit_works()
    {
        using var index = TestCorpus.Index();
        var venues = string.Join(',', Enumerable.Range(0, 2000).Select(i => $"v{i}").Append("CVPR"));

        var response = new SearchService(index).Search(Request("", venues));

        Assert.True(response.Total > 0);
        Assert.All(response.Hits, h => Assert.Equal("CVPR", h.Venue));
    }
}
