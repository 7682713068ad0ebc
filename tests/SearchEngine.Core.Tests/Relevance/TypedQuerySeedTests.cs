using SearchEngine.Core.Search;

namespace SearchEngine.Core.Tests.Relevance;

/// <summary>
/// Queries as people type them, over the seed pages with the default settings: a bare author name, a typo inside
/// several words, a query of exclusions only.
/// </summary>
public sealed class TypedQuerySeedTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private SearchResponse Search(string query, int size = 10)
    {
        var request = SearchRequest.TryParse(new SearchParameters { Q = query, Size = size.ToString(System.Globalization.CultureInfo.InvariantCulture) }, out var errors);
        Assert.Empty(errors);
        return new SearchService(seeds.Index).Search(request!);
    }

    [Fact]
    public void A_bare_author_name_ranks_that_authors_papers_first()
    {
        var theirs = seeds.Papers.Count(p => p.Authors.Contains("Yunhe Wang"));
        Assert.True(theirs >= 10, $"the seed pages hold {theirs} papers by Yunhe Wang");
        var hits = Search("Yunhe Wang").Hits;
        Assert.All(hits, h => Assert.Contains("Yunhe Wang", h.Authors));
    }

    [Fact]
    public void A_paper_citing_the_name_in_its_abstract_does_not_rank_first()
    {
        var top = Search("Yunhe Wang", size: 1).Hits.Single();
        Assert.DoesNotContain("GSPN-2", top.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typo_inside_several_words_gets_a_whole_query_suggestion()
    {
        var response = Search("efficient vision transfomer");
        Assert.NotEmpty(response.Hits);
        Assert.Equal("efficient vision transformer", response.Suggestion);
    }

    [Fact]
    public void A_suggestion_keeps_the_querys_syntax_and_correct_words()
    {
        Assert.Null(Search("\"unclosed phrase").Suggestion);
        Assert.Equal("title:ghostnet -survey \"cheap operation\" transformer", Search("title:ghostnet -survey \"cheap operation\" transfomer").Suggestion);
    }

    [Fact]
    public void A_query_of_exclusions_only_returns_every_paper_without_the_word()
    {
        // why: +word counts exactly the papers with it (feedback only re-ranks a required word's matches).
        var with = Search("+transformer").Total;
        var without = Search("-transformer", size: 100);
        Assert.True(with > 0);
        Assert.Equal(seeds.Papers.Count - with, without.Total);
        Assert.DoesNotContain(without.Hits, h => h.Title.Contains("transformer", StringComparison.OrdinalIgnoreCase));
    }
}
