using System.Text.Json.Nodes;

namespace SearchEngine.Api.Tests;

/// <summary>The OpenAPI document describes the API as it answers: parameter names, and problem responses.</summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonNode> Operation(string path, string method = "get")
    {
        var (_, body) = await Json.GetAsync(_client, "/openapi/v1.json");
        return body["paths"]![path]![method]!;
    }

    private static List<string> Parameters(JsonNode operation) =>
        operation["parameters"]!.AsArray().Select(p => (string)p!["name"]!).ToList();

    private static List<string> Statuses(JsonNode operation) =>
        operation["responses"]!.AsObject().Select(r => r.Key).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Parameters_are_named_as_the_api_takes_them()
    {
        var search = Parameters(await Operation("/api/search"));
        Assert.All(search, name => Assert.Equal(name, name == "hasCode" ? "hasCode" : name.ToLowerInvariant()));
        Assert.Contains("q", search);
        Assert.Contains("year", search);
        Assert.Equal(["q", "facets", "venue", "topic", "year", "type", "author", "hasCode"], Parameters(await Operation("/api/facets")));
    }

    [Theory]
    [InlineData("/api/search", "get", new[] { "200", "304", "400", "503" })]
    [InlineData("/api/papers/{id}", "get", new[] { "200", "304", "404", "503" })]
    [InlineData("/api/papers/{id}/cite", "get", new[] { "200", "400", "404", "503" })]
    [InlineData("/api/similar", "post", new[] { "200", "400", "413", "415", "503" })]
    [InlineData("/api/stats", "get", new[] { "200", "503" })]
    public async Task Problem_responses_are_documented(string path, string method, string[] statuses)
    {
        var operation = await Operation(path, method);
        Assert.Equal(statuses, Statuses(operation));
        foreach (var status in statuses.Where(s => s[0] is '4' or '5'))
        {
            Assert.NotNull(operation["responses"]![status]!["content"]!["application/problem+json"]);
        }
    }

    [Fact]
    public async Task Error_page_lists_every_code_a_client_can_see()
    {
        var html = await _client.GetStringAsync("/docs/errors");
        foreach (var code in new[] { "not-found", "unsupported-media-type", "method-not-allowed", "paper-not-found", "index-not-ready" })
        {
            Assert.Contains($"<tr id=\"{code}\">", html, StringComparison.Ordinal);
        }
    }
}
