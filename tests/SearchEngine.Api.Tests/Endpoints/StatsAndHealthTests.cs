using System.Net;

namespace SearchEngine.Api.Tests.Endpoints;

[Collection(ApiCollection.Name)]
public sealed class StatsAndHealthTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Stats_report_papers_sources_size_and_build_time()
    {
        var (response, body) = await Json.GetAsync(_client, "/api/stats");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(12, (int)body["papers"]!);
        Assert.Equal(1, (int)body["sources"]!);
        Assert.Equal(["corpus.jsonl"], Json.Strings(body["sourceFiles"]));
        Assert.Equal("gen-000001", (string)body["generation"]!);
        var dir = Path.Combine(factory.IndexPath, "gen-000001");
        var size = new DirectoryInfo(dir).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        Assert.Equal(size, (long)body["indexSizeBytes"]!);
        var builtAt = DateTimeOffset.Parse((string)body["builtAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(builtAt, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Health_is_always_up()
    {
        var response = await _client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"status\":\"healthy\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_once_the_index_is_open()
    {
        var response = await _client.GetAsync("/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"status\":\"ready\",\"papers\":12}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_document_lists_every_endpoint()
    {
        var (response, body) = await Json.GetAsync(_client, "/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = body["paths"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            "/api/export", "/api/facets", "/api/papers", "/api/papers/{id}", "/api/papers/{id}/cite", "/api/papers/{id}/similar",
            "/api/schema", "/api/search", "/api/similar", "/api/stats", "/api/suggest", "/health", "/ready",
        ], paths);
    }

    [Fact]
    public async Task Scalar_reference_is_served_at_docs()
    {
        var response = await _client.GetAsync("/docs/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", Json.MediaType(response));
    }

    [Fact]
    public async Task Error_catalog_page_has_an_anchor_per_code()
    {
        var html = await _client.GetStringAsync("/docs/errors");
        Assert.Contains("<tr id=\"inverted-year-range\">", html, StringComparison.Ordinal);
        Assert.Contains("<tr id=\"body-too-large\">", html, StringComparison.Ordinal);
    }
}
