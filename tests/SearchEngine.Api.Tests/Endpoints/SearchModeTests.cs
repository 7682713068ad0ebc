using System.Net;

namespace SearchEngine.Api.Tests.Endpoints;

/// <summary>Retrieval modes of <c>/api/search</c>.</summary>
[Collection(ApiCollection.Name)]
public sealed class SearchModeTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Search_is_hybrid_by_default_over_the_matches_of_the_words_and_semantic_finds_papers_without_them()
    {
        var (_, hybrid) = await Json.GetAsync(_client, "/api/search?q=chatbot%20harm");
        Assert.Equal("hybrid", (string)hybrid["mode"]!);
        Assert.Empty(Json.Ids(hybrid));

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
    public async Task Hybrid_reorders_the_lexical_matches_with_the_same_total_facets_and_pages()
    {
        var (_, lexical) = await Json.GetAsync(_client, "/api/search?q=efficient%20networks&mode=lexical&size=100");
        var (_, hybrid) = await Json.GetAsync(_client, "/api/search?q=efficient%20networks&mode=hybrid&size=100");
        Assert.Equal((int)lexical["total"]!, (int)hybrid["total"]!);
        Assert.Equal(lexical["facets"]!.ToJsonString(), hybrid["facets"]!.ToJsonString());
        Assert.Equal(Json.Ids(lexical).Order(), Json.Ids(hybrid).Order());

        var (_, second) = await Json.GetAsync(_client, "/api/search?q=efficient%20networks&mode=hybrid&size=3&page=2");
        Assert.Equal(Json.Ids(hybrid).Skip(3).Take(3), Json.Ids(second));
    }

    [Fact]
    public async Task Hybrid_cursors_walk_the_same_order_as_pages()
    {
        var (_, all) = await Json.GetAsync(_client, "/api/search?q=efficient%20networks&mode=hybrid&size=100");
        var walked = new List<string>();
        var url = "/api/search?q=efficient%20networks&mode=hybrid&size=2";
        for (var i = 0; i < 50; i++)
        {
            var (_, page) = await Json.GetAsync(_client, url);
            walked.AddRange(Json.Ids(page));
            if (page["nextCursor"] is not { } cursor) break;
            url = "/api/search?q=efficient%20networks&mode=hybrid&size=2&cursor=" + Uri.EscapeDataString((string)cursor!);
        }
        Assert.Equal(Json.Ids(all), walked);
    }
}
