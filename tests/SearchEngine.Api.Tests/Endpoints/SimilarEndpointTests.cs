using System.Net;

namespace SearchEngine.Api.Tests.Endpoints;

[Collection(ApiCollection.Name)]
public sealed class SimilarEndpointTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Similar_to_a_paper_never_includes_itself_and_says_why()
    {
        var (response, body) = await Json.GetAsync(_client, "/api/papers/p01/similar");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ids = Json.Ids(body);
        Assert.Equal("p02", ids[0]);
        Assert.DoesNotContain("p01", ids);
        var terms = Json.Strings(body["terms"]);
        Assert.Contains("ghost", terms);
        Assert.Contains("cheap", terms);
    }

    [Fact]
    public async Task Similar_respects_size_and_filters()
    {
        var (_, one) = await Json.GetAsync(_client, "/api/papers/p01/similar?size=1");
        Assert.Equal(["p02"], Json.Ids(one));
        var (_, filtered) = await Json.GetAsync(_client, "/api/papers/p01/similar?year=-2020");
        Assert.All(filtered["hits"]!.AsArray(), h => Assert.True((int)h!["year"]! <= 2020));
        Assert.DoesNotContain("p02", Json.Ids(filtered));
    }

    [Fact]
    public async Task Similar_to_posted_text()
    {
        var response = await _client.PostAsync("/api/similar",
            Json.Body("{\"text\": \"a ghost module makes feature maps from cheap operations\", \"size\": 2}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json.ReadAsync(response);
        Assert.Equal(["p01", "p02"], Json.Ids(body));
        Assert.Contains("ghost", Json.Strings(body["terms"]));
    }
}
