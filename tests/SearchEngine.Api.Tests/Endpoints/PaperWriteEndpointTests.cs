using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using SearchEngine.Core.Indexing;

namespace SearchEngine.Api.Tests.Endpoints;

/// <summary>A server of its own (writes change it) with one write key configured.</summary>
public sealed class WritableApiFactory : ApiFactory
{
    public const string Key = "test-write-key-0123456789";

    protected override string Sources => Path.Combine(Root, "src");

    public override async Task InitializeAsync()
    {
        Directory.CreateDirectory(Sources);
        File.Copy(CorpusPath, Path.Combine(Sources, "corpus.jsonl"));
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:WriteKeys", "another-key; " + Key);
    }

    public HttpClient Writer()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }
}

public sealed class PaperWriteEndpointTests(WritableApiFactory factory) : IClassFixture<WritableApiFactory>
{
    private readonly HttpClient _writer = factory.Writer();

    private static string Line(string id, string title, string extra = "") =>
        $"{{\"id\":\"{id}\",\"title\":\"{title}\"{extra}}}";

    [Fact]
    public async Task One_paper_is_written_and_searchable_when_the_response_arrives()
    {
        var response = await _writer.PostAsync("/api/papers", Json.Body(Line("w1", "Holographic Zebra Routing", ",\"year\":2024")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json.ReadAsync(response);
        Assert.Equal(1, (int)body["written"]!);
        Assert.Equal(["w1"], Json.Strings(body["ids"]));

        var (_, hits) = await Json.GetAsync(_writer, "/api/search?q=zebra");
        Assert.Equal(["w1"], Json.Ids(hits));
    }

    [Fact]
    public async Task Ndjson_applies_the_good_lines_and_reports_each_bad_line_by_number()
    {
        var ndjson = string.Join('\n',
            Line("w2", "Quokka Sorting Networks"),
            "{\"id\":\"w3\"}",
            Line("w4", "Quokka Hash Tables", ",\"year\":\"soon\""),
            "not json",
            Line("w5", "Quokka Bloom Filters"),
            "");
        var response = await _writer.PostAsync("/api/papers", Json.Body(ndjson, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json.ReadAsync(response);
        Assert.Equal(2, (int)body["written"]!);
        Assert.Equal(["w2", "w5"], Json.Strings(body["ids"]));
        var lines = body["errors"]!.AsArray().Select(e => (int)e!["line"]!).ToList();
        Assert.Equal([2, 3, 4], lines);
        Assert.Contains("missing title", (string)body["errors"]![0]!["detail"]!);
        var (_, hits) = await Json.GetAsync(_writer, "/api/search?q=quokka");
        Assert.Equal(2, (int)hits["total"]!);
    }

    [Fact]
    public async Task A_stream_without_any_good_line_is_a_400_problem_listing_the_lines()
    {
        var response = await _writer.PostAsync("/api/papers", Json.Body("{}\n[1]\n", "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", Json.MediaType(response));
        var body = await Json.ReadAsync(response);
        Assert.Equal("invalid-paper", (string)body["code"]!);
        Assert.Equal(["line 1", "line 2"], body["errors"]!.AsArray().Select(e => (string)e!["parameter"]!).ToList());
    }

    [Fact]
    public async Task Replacing_by_id_and_deleting_are_visible_at_once()
    {
        await _writer.PostAsync("/api/papers", Json.Body(Line("w6", "Marmot Caching")));
        await _writer.PostAsync("/api/papers", Json.Body(Line("w6", "Wombat Caching")));
        var (_, old) = await Json.GetAsync(_writer, "/api/search?q=marmot");
        Assert.Equal(0, (int)old["total"]!);
        var (_, paper) = await Json.GetAsync(_writer, "/api/papers/w6");
        Assert.Equal("Wombat Caching", (string)paper["title"]!);

        var deleted = await _writer.DeleteAsync("/api/papers/w6");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _writer.GetAsync("/api/papers/w6")).StatusCode);
        var again = await _writer.DeleteAsync("/api/papers/w6");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("application/problem+json", Json.MediaType(again));
    }

    [Fact]
    public async Task A_missing_or_wrong_key_is_401_and_changes_nothing()
    {
        var anonymous = factory.CreateClient();
        var none = await anonymous.PostAsync("/api/papers", Json.Body(Line("w7", "Ocelot Indexing")));
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("invalid-write-key", (string)(await Json.ReadAsync(none))["code"]!);

        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WritableApiFactory.Key + "x");
        var wrong = await anonymous.DeleteAsync("/api/papers/p01");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/papers/p01")).StatusCode);
        var (_, hits) = await Json.GetAsync(anonymous, "/api/search?q=ocelot");
        Assert.Equal(0, (int)hits["total"]!);
    }

    [Fact]
    public async Task Other_media_types_are_415()
    {
        var response = await _writer.PostAsync("/api/papers", Json.Body("title=x", "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("unsupported-media-type", (string)(await Json.ReadAsync(response))["code"]!);
    }

    [Fact]
    public async Task Written_papers_and_deletes_survive_a_rebuild_from_the_sources()
    {
        await _writer.PostAsync("/api/papers", Json.Body(Line("w8", "Pangolin Compression")));
        Assert.Equal(HttpStatusCode.NoContent, (await _writer.DeleteAsync("/api/papers/p12")).StatusCode);
        var (_, before) = await Json.GetAsync(_writer, "/api/stats");

        // a rebuild from the sources alone, published beside the server (as `searchengine index` would)
        IndexPipeline.Build([Path.Combine(factory.Root, "src")], new IndexLocation(factory.IndexPath), settings: new() { LockWait = TimeSpan.FromSeconds(30) });
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((string)(await Json.GetAsync(_writer, "/api/stats")).Body["generation"]! == (string)before["generation"]!)
        {
            Assert.True(DateTime.UtcNow < deadline, "the server did not switch to the rebuilt generation");
            await Task.Delay(50);
        }

        Assert.Equal(HttpStatusCode.OK, (await _writer.GetAsync("/api/papers/w8")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _writer.GetAsync("/api/papers/p12")).StatusCode);
    }
}
