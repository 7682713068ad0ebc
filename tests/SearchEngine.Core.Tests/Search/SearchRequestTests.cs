using SearchEngine.Core.Errors;
using SearchEngine.Core.Search;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Tests.Search;

public sealed class SearchRequestTests
{
    private static IReadOnlyList<SearchError> Errors(SearchParameters p)
    {
        SearchRequest.TryParse(p, out var errors);
        return errors;
    }

    [Theory]
    [InlineData("2022-2018", SearchErrorCode.InvertedYearRange)]
    [InlineData("twenty", SearchErrorCode.InvalidYear)]
    [InlineData("-", SearchErrorCode.InvalidYear)]
    [InlineData("2018,2020", SearchErrorCode.InvalidYear)]
    [InlineData("unknown,2022-2018", SearchErrorCode.InvertedYearRange)]
    public void Bad_year_filters_are_reported(string year, SearchErrorCode code)
    {
        Assert.Equal(code, Assert.Single(Errors(new SearchParameters().Where("year", year))).Code);
    }

    [Fact]
    public void Inverted_range_detail_says_how_to_fix_it()
    {
        var error = Assert.Single(Errors(new SearchParameters().Where("year", "2022-2018")));
        Assert.Equal("year range '2022-2018' is inverted: 2022 is after 2018; write it as 2018-2022", error.Detail);
        Assert.Equal(400, error.Status);
        Assert.Equal("year", error.Parameter);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1000")]
    [InlineData("ten")]
    public void Size_must_be_1_to_100(string size)
    {
        Assert.Equal(SearchErrorCode.SizeOutOfRange, Assert.Single(Errors(new SearchParameters { Size = size })).Code);
    }

    [Fact]
    public void Page_times_size_is_capped_at_10000()
    {
        Assert.Equal(SearchErrorCode.PageWindowTooDeep, Assert.Single(Errors(new SearchParameters { Page = "101", Size = "100" })).Code);
        Assert.Empty(Errors(new SearchParameters { Page = "100", Size = "100" }));
    }

    [Fact]
    public void Unknown_sort_facet_type_and_bad_has_code_are_reported_together()
    {
        var errors = Errors(new SearchParameters { Sort = "popular", Facets = "venue,colour" }.Where("type", "poster").Where("hasCode", "maybe"));
        Assert.Equal([SearchErrorCode.UnknownSort, SearchErrorCode.UnknownFacet, SearchErrorCode.InvalidFilterValue, SearchErrorCode.InvalidFilterValue],
            errors.Select(e => e.Code).Order());
        Assert.Contains(errors, e => e is { Parameter: "type", Detail: "type 'poster' is not valid; use conference, journal, preprint" });
        Assert.Contains(errors, e => e is { Parameter: "hasCode", Detail: "hasCode 'maybe' is not valid; use true, false" });
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("Yzk")]
    public void Malformed_cursors_are_rejected(string cursor)
    {
        Assert.Equal(SearchErrorCode.InvalidCursor, Assert.Single(Errors(new SearchParameters { Cursor = cursor })).Code);
    }

    [Fact]
    public void A_cursor_for_another_sort_is_rejected()
    {
        var cursor = new SearchCursor(SortOrder.Newest, 1f, 2020, "p1").Encode();
        Assert.Equal(SearchErrorCode.InvalidCursor, Assert.Single(Errors(new SearchParameters { Cursor = cursor })).Code);
        Assert.Empty(Errors(new SearchParameters { Cursor = cursor, Sort = "newest" }));
    }

    [Fact]
    public void Facet_limits_are_parsed_per_dimension()
    {
        var request = SearchRequest.TryParse(new SearchParameters { Facets = "author:50, venue" }, out _)!;
        Assert.Equal([new FacetRequest(Dimensions.Author, 50), new FacetRequest(Dimensions.Venue, 10)], request.Facets);
        Assert.Equal(SearchErrorCode.InvalidFacetLimit, Assert.Single(Errors(new SearchParameters { Facets = "author:0" })).Code);
    }

    [Fact]
    public void Repeated_and_comma_separated_values_or_within_a_dimension()
    {
        var request = SearchRequest.TryParse(new SearchParameters().Where("venue", "NeurIPS,AAAI", "ICLR").Where("type", "Conference Paper"), out _)!;
        Assert.Equal(["NeurIPS", "AAAI", "ICLR"], request.Filters[Dimensions.Venue]!.Values);
        Assert.Equal(["conference"], request.Filters[Dimensions.Type]!.Values);
    }

    [Fact]
    public void Cursor_round_trips()
    {
        var cursor = new SearchCursor(SortOrder.Relevance, 12.345678f, int.MinValue, "2106.01234");
        Assert.Equal(cursor, SearchCursor.TryDecode(cursor.Encode()));
    }
}
