using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SearchEngine.Api.Tests;

/// <summary>The index bootstrapper: 503 until ready (or after a failed start), rebuild only when sources change.</summary>
public sealed class BootstrapperTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "se-boot-" + Guid.NewGuid().ToString("N"));

    public BootstrapperTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
    }

    private WebApplicationFactory<Program> Server(string sources) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Index:Path", Path.Combine(_root, "index"));
            b.UseSetting("Index:Sources", sources);
        });

    [Fact]
    public async Task Without_index_or_sources_the_api_answers_503_problems_and_health_stays_up()
    {
        await using var factory = Server(Path.Combine(_root, "missing.jsonl"));
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        HttpResponseMessage ready;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        do
        {
            ready = await client.GetAsync("/ready");
            var text = await ready.Content.ReadAsStringAsync();
            if (text.Contains("failed:", StringComparison.Ordinal)) break;
            await Task.Delay(50);
        } while (DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await Json.ReadAsync(ready);
        Assert.Equal("index-not-ready", (string)body["code"]!);
        Assert.StartsWith("the index is not open yet (failed: no index at", (string)body["detail"]!, StringComparison.Ordinal);

        var search = await client.GetAsync("/api/search?q=ghost");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
        Assert.Equal("application/problem+json", Json.MediaType(search));
        Assert.Equal("2", search.Headers.RetryAfter!.ToString());
    }

    [Fact]
    public async Task Builds_on_first_start_reuses_an_unchanged_index_and_rebuilds_when_sources_change()
    {
        var corpus = Path.Combine(_root, "papers.jsonl");
        File.Copy(ApiFactory.CorpusPath, corpus);

        async Task<(int Papers, string Generation)> StartAsync()
        {
            await using var factory = Server(corpus);
            var client = factory.CreateClient();
            await ApiFactory.WaitUntilReadyAsync(client);
            var (_, stats) = await Json.GetAsync(client, "/api/stats");
            return ((int)stats["papers"]!, (string)stats["generation"]!);
        }

        Assert.Equal((12, "gen-000001"), await StartAsync());
        Assert.Equal((12, "gen-000001"), await StartAsync());

        await File.AppendAllTextAsync(corpus, "{\"id\":\"p13\",\"title\":\"A Thirteenth Paper\",\"year\":2025}\n");
        Assert.Equal((13, "gen-000002"), await StartAsync());
    }
}
