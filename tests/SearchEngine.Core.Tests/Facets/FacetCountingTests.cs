using Lucene.Net.Search;
using SearchEngine.Core.Facets;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Facets;

/// <summary>
/// Facet counting over the test corpus, run once per segment layout (subclasses): counts are per-segment ordinals
/// mapped to global ones, so one segment (identity mapping) and several (real mapping) must agree.
/// </summary>
public abstract class FacetCountingTests(int segments, int? slices = null) : IDisposable
{
    private readonly SearchEngine.Core.Indexing.PaperIndex _index = TestCorpus.Index(segments, slices);

    public void Dispose()
    {
        _index.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void The_index_has_the_intended_segment_layout()
    {
        using var context = _index.Searchers.GetContext();
        Assert.Equal(segments, context.Reference.IndexReader.Leaves.Count);
    }

    private SearchResponse Run(SearchParameters p)
    {
        var request = SearchRequest.TryParse(p with { Facets = p.Facets ?? "venue:100,topic:100,year:100,type:100,author:100,hasCode" }, out var errors);
        Assert.Empty(errors);
        return new SearchService(_index).Search(request!);
    }

    private static Dictionary<string, int> Counts(IReadOnlyList<FacetValue> values) => values.ToDictionary(v => v.Value, v => v.Count);

    /// <summary>Brute force over the corpus: counts of one dimension with every filter but that dimension's.</summary>
    private static Dictionary<string, int> Expected(string dimension, Func<Paper, bool>[] otherFilters)
    {
        var matching = TestCorpus.Papers.Where(p => otherFilters.All(f => f(p)));
        IEnumerable<string> Values(Paper p) => dimension switch
        {
            "venue" => p.Venue is null ? [] : [p.Venue],
            "topic" => p.Topics,
            "author" => p.Authors,
            "type" => p.Type is null ? [] : [p.Type.Value.ToCode()],
            "hasCode" => [p.HasCode ? "true" : "false"],
            _ => p.Year is null ? ["unknown"] : [p.Year.Value.ToString()],
        };
        return matching.SelectMany(p => Values(p).Distinct()).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
    }

    public static TheoryData<string?, string?, string?, string?> FilterCombos => new()
    {
        { null, null, null, null },
        { "NeurIPS", null, null, null },
        { "NeurIPS", "cs.CV", null, null },
        { null, "cs.CL", "2023-", null },
        { "ACL", null, "2020-2024", "Alan Turing" },
        { null, null, "2021", "Kai Han" },
    };

    private static SearchParameters Filtered(SearchParameters parameters, string? venue, string? topic, string? year, string? author)
    {
        if (venue is not null) parameters = parameters.Where("venue", venue);
        if (topic is not null) parameters = parameters.Where("topic", topic);
        if (year is not null) parameters = parameters.Where("year", year);
        if (author is not null) parameters = parameters.Where("author", author);
        return parameters;
    }

    /// <summary>
    /// The facets-only path (<see cref="SearchService.Facets"/>, which ranks nothing) gives the total and the counts a
    /// ranked search gives, with and without words and filters.
    /// </summary>
    [Theory]
    [MemberData(nameof(FilterCombos))]
    public void Counting_without_ranking_gives_the_searchs_total_and_counts(string? venue, string? topic, string? year, string? author)
    {
        foreach (var q in new[] { "", "graph neural", "vision OR language", "\"the of\"" })
        {
            var parameters = Filtered(new SearchParameters { Q = q, Facets = "venue:100,topic:100,year:100,type:100,author:100,hasCode" },
                venue, topic, year, author);
            var request = SearchRequest.TryParse(parameters, out var errors)!;
            Assert.Empty(errors);
            var service = new SearchService(_index);
            var searched = service.Search(request);
            var counted = service.Facets(request);
            Assert.Equal(searched.Total, counted.Total);
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(searched.Facets), System.Text.Json.JsonSerializer.Serialize(counted.Facets));
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(searched.FacetInfo), System.Text.Json.JsonSerializer.Serialize(counted.FacetInfo));
        }
    }

    [Theory]
    [MemberData(nameof(FilterCombos))]
    public void Drill_sideways_counts_match_brute_force(string? venue, string? topic, string? year, string? author)
    {
        var parameters = Filtered(new SearchParameters(), venue, topic, year, author);
        var response = Run(parameters);
        var range = year is null ? null : YearRange.TryParse(year, out _, out _);
        Func<Paper, bool> byVenue = p => venue is null || p.Venue == venue;
        Func<Paper, bool> byTopic = p => topic is null || p.Topics.Contains(topic);
        Func<Paper, bool> byYear = p => range is null || (p.Year is { } y && range.Contains(y));
        Func<Paper, bool> byAuthor = p => author is null || p.Authors.Contains(author);

        Assert.Equal(Expected("venue", [byTopic, byYear, byAuthor]), Counts(response.Facets["venue"]));
        Assert.Equal(Expected("topic", [byVenue, byYear, byAuthor]), Counts(response.Facets["topic"]));
        Assert.Equal(Expected("year", [byVenue, byTopic, byAuthor]), Counts(response.Facets["year"]));
        Assert.Equal(Expected("author", [byVenue, byTopic, byYear]), Counts(response.Facets["author"]));
        Assert.Equal(Expected("type", [byVenue, byTopic, byYear, byAuthor]), Counts(response.Facets["type"]));
        Assert.Equal(Expected("hasCode", [byVenue, byTopic, byYear, byAuthor]), Counts(response.Facets["hasCode"]));
        Assert.Equal(TestCorpus.Papers.Count(p => byVenue(p) && byTopic(p) && byYear(p) && byAuthor(p)), response.Total);
    }

    [Fact]
    public void Venue_counts_ignore_their_own_filter()
    {
        var response = Run(new SearchParameters().Where("venue", "NeurIPS"));
        Assert.Equal(2, response.Total);
        Assert.Equal(3, Counts(response.Facets["venue"])["arXiv"]);
        Assert.Equal(2, Counts(response.Facets["venue"])["NeurIPS"]);
    }

    [Fact]
    public void Papers_without_a_value_are_counted_as_missing()
    {
        var response = Run(new SearchParameters());
        Assert.Equal(2, response.FacetInfo["venue"].Missing); // p10, p11
        Assert.Equal(1, response.FacetInfo["year"].Missing); // p10
        Assert.Equal(1, response.FacetInfo["topic"].Missing); // p10
        Assert.Equal(2, response.FacetInfo["type"].Missing);
    }

    [Fact]
    public void Each_dimension_reports_distinct_values_and_takes_its_own_limit()
    {
        var response = Run(new SearchParameters { Facets = "venue:2,author:3" });
        Assert.Equal(["venue", "author"], response.Facets.Keys);
        Assert.Equal([new FacetValue("arXiv", 3), new FacetValue("ACL", 2)], response.Facets["venue"]);
        Assert.Equal(6, response.FacetInfo["venue"].Distinct);
        Assert.Equal(2, response.FacetInfo["venue"].Limit);
        Assert.Equal(["Kai Han", "Alan Turing", "Yunhe Wang"], response.Facets["author"].Select(v => v.Value));
        Assert.Equal(11, response.FacetInfo["author"].Distinct);
    }

    [Fact]
    public void Ties_are_ordered_by_value()
    {
        var response = Run(new SearchParameters { Facets = "venue" });
        Assert.Equal(["arXiv", "ACL", "NeurIPS", "CVPR", "ICML", "TPAMI"], response.Facets["venue"].Select(v => v.Value));
    }

    [Fact]
    public void Year_histogram_is_chronological_with_zero_years_filled()
    {
        var response = Run(new SearchParameters());
        var histogram = response.FacetInfo["year"].Histogram!;
        Assert.Equal([.. Enumerable.Range(2019, 6).Select(y => y.ToString()), "unknown"], histogram.Select(h => h.Value));
        Assert.Equal([1, 2, 3, 2, 2, 1, 1], histogram.Select(h => h.Count));
        Assert.Equal("2024", response.Facets["year"][0].Value);
        Assert.Equal(new FacetValue("unknown", 1), response.Facets["year"][^1]);
    }

    [Theory]
    [InlineData("unknown", new[] { "p10" })]
    [InlineData("Unknown", new[] { "p10" })]
    [InlineData("2024-,unknown", new[] { "p10", "p12" })]
    [InlineData("unknown,2024-", new[] { "p10", "p12" })]
    public void Year_unknown_selects_the_undated_papers_alone_or_with_a_range(string year, string[] ids)
    {
        var response = Run(new SearchParameters { Size = "50" }.Where("year", year));
        Assert.Equal(ids, response.Hits.Select(h => h.Id).Order());
        Assert.Null(response.FacetInfo["year"].LeftOut);
    }

    [Fact]
    public void A_year_range_says_how_many_undated_papers_it_leaves_out()
    {
        Assert.Equal(1, Run(new SearchParameters().Where("year", "2021")).FacetInfo["year"].LeftOut);
        Assert.Equal(0, Run(new SearchParameters().Where("year", "2021").Where("venue", "NeurIPS")).FacetInfo["year"].LeftOut);
        Assert.Null(Run(new SearchParameters()).FacetInfo["year"].LeftOut);
    }

    [Fact]
    public void Topic_codes_roll_up_to_groups_counting_each_paper_once()
    {
        var response = Run(new SearchParameters());
        var groups = response.FacetInfo["topic"].Groups!;
        Assert.Equal([new FacetValue("cs", 11, "Computer Science")], groups);
        Assert.Equal("Computer Vision and Pattern Recognition", response.Facets["topic"].Single(v => v.Value == "cs.CV").Label);
    }

    [Fact]
    public void Has_code_is_a_facet_with_drill_sideways_counts()
    {
        var response = Run(new SearchParameters().Where("hasCode", "true"));
        Assert.Equal(3, response.Total); // p01, p02, p08
        Assert.Equal(new Dictionary<string, int> { ["true"] = 3, ["false"] = 9 }, Counts(response.Facets["hasCode"]));
    }

    [Theory]
    [InlineData("learning")]
    [InlineData("graph neural networks vision")]
    [InlineData("dialogue transformer segmentation")]
    public void Counting_a_segments_matches_at_once_gives_the_counts_of_counting_them_one_by_one(string words)
    {
        // Term at a time hands each counter a segment's whole match set (IDimensionCounter.CollectAll); the same
        // query searched as Lucene's own disjunction hands them one match at a time (Collect).
        using var context = _index.Searchers.GetContext();
        var searcher = context.Reference;
        var query = new BooleanQuery();
        foreach (var word in Core.Analysis.PaperAnalyzers.Terms(_index.Analyzer, Core.Schema.PaperFields.Text, words))
        {
            query.Add(new TermQuery(new Lucene.Net.Index.Term(Core.Schema.PaperFields.Text, word)), Occur.SHOULD);
        }
        string CountsOf(Query q)
        {
            var counters = Core.Schema.Dimensions.Facets.Select(d => FacetsCollector.CounterFor(d, searcher.IndexReader)).ToList();
            searcher.Search(q, new FacetsCollector(counters));
            return string.Join("; ", counters.Select(c => c.Dimension.Name + ": " + string.Join(", ",
                c.Finish(1000).Values.Select(v => $"{v.Value}={v.Count}"))));
        }
        var oneByOne = CountsOf(query);
        Assert.Contains("=", oneByOne);
        Assert.Equal(oneByOne, CountsOf(Core.Ranking.TermAtATimeQuery.Wrap(query)));
    }

    [Fact]
    public void Facets_follow_the_query()
    {
        var response = Run(new SearchParameters { Q = "dialogue" });
        Assert.Equal(new Dictionary<string, int> { ["ACL"] = 2 }, Counts(response.Facets["venue"]));
    }
}

/// <summary>One segment: segment ordinals are the global ones.</summary>
public sealed class SingleSegmentFacetCountingTests() : FacetCountingTests(1);

/// <summary>Three segments, each with its own value dictionary: ordinals are mapped to global ones.</summary>
public sealed class MultiSegmentFacetCountingTests() : FacetCountingTests(3);

/// <summary>
/// Four segments searched as three slices in parallel (two slices of one segment, one of two): each slice counts
/// with its own counters, which are then added up.
/// </summary>
public sealed class SlicedFacetCountingTests() : FacetCountingTests(4, slices: 3);
