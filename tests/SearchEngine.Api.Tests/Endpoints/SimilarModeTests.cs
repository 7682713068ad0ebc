using System.Net;

namespace SearchEngine.Api.Tests.Endpoints;

/// <summary>Retrieval modes of the similar endpoints (the test server has embeddings: Index:Embeddings is auto).</summary>
[Collection(ApiCollection.Name)]
public sealed class SimilarModeTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("lexical")]
    [InlineData("semantic")]
    [InlineData("hybrid")]
    public async Task Every_mode_answers_and_says_which_it_used(string mode)
    {
        var (response, body) = await Json.GetAsync(_client, $"/api/papers/p01/similar?mode={mode}&venue=arXiv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mode, (string)body["mode"]!);
        Assert.DoesNotContain("p01", Json.Ids(body));
        Assert.All(body["hits"]!.AsArray(), h => Assert.Equal("arXiv", (string)h!["venue"]!));
    }

    [Fact]
    public async Task Hybrid_is_the_default_when_embeddings_are_on()
    {
        var (_, body) = await Json.GetAsync(_client, "/api/papers/p01/similar");
        Assert.Equal("hybrid", (string)body["mode"]!);
    }

    [Fact]
    public async Task Posted_text_takes_a_mode()
    {
        var response = await _client.PostAsync("/api/similar",
            Json.Body("{\"text\": \"chat assistants that avoid harmful answers\", \"size\": 1, \"mode\": \"semantic\"}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json.ReadAsync(response);
        Assert.Equal("semantic", (string)body["mode"]!);
        Assert.Single(Json.Ids(body));
    }

    [Fact]
    public async Task An_unknown_mode_is_a_400_problem()
    {
        var (response, body) = await Json.GetAsync(_client, "/api/papers/p01/similar?mode=dense");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unknown-mode", (string)body["code"]!);
    }
}
