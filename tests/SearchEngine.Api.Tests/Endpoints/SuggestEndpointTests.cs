using System.Net;

namespace SearchEngine.Api.Tests.Endpoints;

[Collection(ApiCollection.Name)]
public sealed class SuggestEndpointTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static List<string> Entries(System.Text.Json.Nodes.JsonNode body) =>
        body["suggestions"]!.AsArray().Select(s => $"{(string)s!["kind"]!}:{(string)s["text"]!}:{(string?)s["id"] ?? "-"}").ToList();

    [Fact]
    public async Task Prefix_completes_authors_most_prolific_first()
    {
        var (response, body) = await Json.GetAsync(_client, "/api/suggest?q=ha");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["author:Kai Han:-", "author:Mallory Hacker:-", "author:Hanting Chen:-"], Entries(body));
    }

    [Fact]
    public async Task Title_suggestions_carry_the_paper_id()
    {
        var (_, body) = await Json.GetAsync(_client, "/api/suggest?q=ghost");
        Assert.Equal(
        [
            "title:GhostNet: More Features from Cheap Operations:p01",
            "title:GhostNetV2: Enhance Cheap Operation with Long-Range Attention:p02",
        ], Entries(body));
    }

    [Fact]
    public async Task Limit_caps_the_list()
    {
        var (_, body) = await Json.GetAsync(_client, "/api/suggest?q=ha&limit=1");
        Assert.Equal(["author:Kai Han:-"], Entries(body));
    }

    [Theory]
    [InlineData("/api/suggest")]
    [InlineData("/api/suggest?q=%20%20")]
    [InlineData("/api/suggest?q=zzzzzz")]
    public async Task Blank_or_unknown_prefix_gives_no_suggestions(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"suggestions\":[]}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Very_long_prefix_is_cut_not_failed()
    {
        var response = await _client.GetAsync("/api/suggest?q=" + new string('g', 5000));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
