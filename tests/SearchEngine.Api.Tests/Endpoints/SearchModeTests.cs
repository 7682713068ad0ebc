using System.Net;

namespace SearchEngine.Api.Tests.Endpoints;

/// <summary>Retrieval modes of <c>/api/search</c>.</summary>
[Collection(ApiCollection.Name)]
public sealed class SearchModeTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Search_is_lexical_by_default_and_semantic_finds_papers_without_the_words()
    {
        var (_, lexical) = await Json.GetAsync(_client, "/api/search?q=chatbot%20harm");
        Assert.Equal("lexical", (string)lexical["mode"]!);
        Assert.Empty(Json.Ids(lexical));

        var (response, semantic) = await Json.GetAsync(_client, "/api/search?q=chatbot%20harm&mode=semantic&size=3");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("semantic", (string)semantic["mode"]!);
        Assert.Contains("p12", Json.Ids(semantic)); // "Dialogue Safety Benchmarks"
    }

    [Fact]
    public async Task Hybrid_search_honours_filters()
    {
        var (_, body) = await Json.GetAsync(_client, "/api/search?q=efficient%20networks&mode=hybrid&year=2022-2024");
        Assert.Equal("hybrid", (string)body["mode"]!);
        Assert.NotEmpty(Json.Ids(body));
        Assert.All(body["hits"]!.AsArray(), h => Assert.InRange((int)h!["year"]!, 2022, 2024));
    }

    [Fact]
    public async Task Hybrid_pages_by_number_are_slices_of_one_ranking()
    {
        var (_, six) = await Json.GetAsync(_client, "/api/search?q=efficient%20networks&mode=hybrid&size=6");
        var (_, second) = await Json.GetAsync(_client, "/api/search?q=efficient%20networks&mode=hybrid&size=3&page=2");
        Assert.Equal(Json.Ids(six).Skip(3), Json.Ids(second));
        Assert.Null(second["nextCursor"]);
        Assert.True((int)six["total"]! >= Json.Ids(six).Count);
    }
}
