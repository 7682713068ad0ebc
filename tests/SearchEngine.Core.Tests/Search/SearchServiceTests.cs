using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Search;

public sealed class SearchServiceTests : IDisposable
{
    private readonly SearchEngine.Core.Indexing.PaperIndex _index = TestCorpus.Index();
    private readonly SearchService _service;

    public SearchServiceTests() => _service = new SearchService(_index);

    public void Dispose() => _index.Dispose();

    private SearchResponse Run(SearchParameters p)
    {
        var request = SearchRequest.TryParse(p, out var errors);
        Assert.Empty(errors);
        return _service.Search(request!);
    }

    private List<string> Ids(SearchParameters p) => Run(p with { Size = "100" }).Hits.Select(h => h.Id).ToList();

    private static SearchParameters All => new() { Size = "100" };

    [Theory]
    [InlineData("2021", "p03,p04,p11")]
    [InlineData("2021-2022", "p02,p03,p04,p08,p11")]
    [InlineData("2023-", "p05,p07,p12")]
    [InlineData("-2019", "p06")]
    public void Year_filter_accepts_single_years_and_open_ranges(string year, string expected)
    {
        Assert.Equal(expected.Split(','), Ids(All.Where("year", year)).Order());
    }

    [Fact]
    public void Venue_filter_ors_values_and_ignores_case()
    {
        Assert.Equal(["p02", "p04", "p07", "p12"], Ids(All.Where("venue", "neurips", "ACL")).Order());
    }

    [Fact]
    public void Topic_filter_matches_codes_and_their_group()
    {
        Assert.Equal(["p05", "p07", "p12"], Ids(All.Where("topic", "cs.CL")).Order());
        Assert.Equal(11, Run(All.Where("topic", "cs")).Total);
    }

    [Fact]
    public void Author_type_and_has_code_filters()
    {
        Assert.Equal(["p01", "p02", "p03", "p04"], Ids(All.Where("author", "kai han")).Order());
        Assert.Equal(["p09"], Ids(All.Where("type", "journal")));
        Assert.Equal(["p01", "p02", "p08"], Ids(All.Where("hasCode", "true")).Order());
    }

    [Fact]
    public void Filters_are_anded_across_dimensions()
    {
        Assert.Equal(["p02"], Ids(All.Where("venue", "NeurIPS").Where("year", "2022")));
        Assert.Empty(Ids(All.Where("venue", "ACL").Where("hasCode", "true")));
    }

    private static readonly string[] NewestOrder = ["p12", "p05", "p07", "p02", "p08", "p03", "p04", "p11", "p01", "p09", "p06", "p10"];

    [Fact]
    public void Newest_sorts_by_year_descending_with_missing_years_last()
    {
        Assert.Equal(NewestOrder, Ids(All with { Sort = "newest" }));
    }

    [Fact]
    public void Oldest_sorts_by_year_ascending_with_missing_years_last()
    {
        Assert.Equal(["p06", "p01", "p09", "p03", "p04", "p11", "p02", "p08", "p05", "p07", "p12", "p10"], Ids(All with { Sort = "oldest" }));
    }

    [Fact]
    public void Relevance_ties_are_broken_by_year_then_id()
    {
        // An empty query matches everything with equal scores.
        Assert.Equal(NewestOrder, Ids(All));
    }

    [Fact]
    public void Pages_partition_the_full_order_and_total_is_exact()
    {
        var pages = Enumerable.Range(1, 3).SelectMany(p => Run(new SearchParameters { Size = "5", Page = p.ToString() }).Hits).Select(h => h.Id);
        Assert.Equal(NewestOrder, pages);
        Assert.Equal(12, Run(new SearchParameters { Size = "5", Page = "3" }).Total);
        Assert.Equal(2, Run(new SearchParameters { Size = "5", Page = "3" }).Hits.Count);
    }

    [Theory]
    [InlineData("relevance", "")]
    [InlineData("newest", "")]
    [InlineData("oldest", "")]
    [InlineData("relevance", "neural networks")]
    public void Cursor_paging_walks_the_same_order_as_pages(string sort, string q)
    {
        var expected = Ids(All with { Sort = sort, Q = q });
        var walked = new List<string>();
        string? cursor = null;
        for (var i = 0; i < 10; i++)
        {
            var page = Run(new SearchParameters { Q = q, Sort = sort, Size = "3", Cursor = cursor });
            walked.AddRange(page.Hits.Select(h => h.Id));
            cursor = page.NextCursor;
            if (cursor is null) break;
        }
        Assert.Equal(expected, walked);
    }

    [Fact]
    public void Only_stop_words_give_no_hits_and_a_warning()
    {
        var r = Run(new SearchParameters { Q = "the of and" });
        Assert.Equal(0, r.Total);
        Assert.NotEmpty(r.Warnings);
    }

    [Theory]
    [InlineData("\"cheap operations\"", "p01,p02")]
    [InlineData("ghostnet -attention", "p01")]
    [InlineData("+dialogue safety", "p07,p12")]
    [InlineData("title:transformer", "p03,p04")]
    [InlineData("author:turing", "p07,p09,p12")]
    [InlineData("venue:acl", "p07,p12")]
    [InlineData("transfo*", "p03,p04")]
    [InlineData("transformr~", "p03,p04")]
    [InlineData("yolo", "p08")]
    [InlineData("ghostnetv2", "p02")]
    [InlineData("GhostNetV2", "p02")]
    [InlineData("yolov6", "p08")]
    [InlineData("semi-supervised", "p06")]
    [InlineData("llama-2", "p07")]
    public void Query_syntax_matches_the_expected_papers(string q, string expected)
    {
        Assert.Equal(expected.Split(','), Ids(new SearchParameters { Q = q }).Order());
    }

    [Fact]
    public void Title_matches_outrank_abstract_only_matches()
    {
        // "dialogue" is in both titles of p07 and p12 and in their abstracts; "safety" in p12's title only.
        Assert.Equal("p12", Ids(new SearchParameters { Q = "dialogue safety" })[0]);
    }

    [Fact]
    public void Hits_carry_snippets_and_card_fields()
    {
        var hit = Run(new SearchParameters { Q = "ghostnetv2" }).Hits[0];
        Assert.Equal("p02", hit.Id);
        Assert.Equal(["Yehui Tang", "Kai Han", "Yunhe Wang"], hit.Authors);
        Assert.Equal("NeurIPS", hit.Venue);
        Assert.Equal(2022, hit.Year);
        Assert.Equal("conference", hit.Type);
        Assert.Equal(["cs.CV"], hit.Topics);
        Assert.NotNull(hit.Snippet);
        Assert.Contains("GhostNetV2", hit.Snippet.HighlightedTexts, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(["GhostNetV2"], hit.TitleHighlights.Select(h => hit.Title.Substring(h.Start, h.Length)));
        Assert.True(hit.Score > 0);
    }
}
