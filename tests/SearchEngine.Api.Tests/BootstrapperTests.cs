using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SearchEngine.Api.Tests;

/// <summary>
/// The index bootstrapper: 503 until a first index exists (or after a failed start), rebuild only when sources
/// change, and then in the background while the previous generation is served.
/// </summary>
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
        Assert.StartsWith("the index is not open yet (failed: the index could not be opened", (string)body["detail"]!, StringComparison.Ordinal);
        // why: the reason (with absolute paths) goes to the server log, never into a public body.
        Assert.DoesNotContain(_root, (string)body["detail"]!, StringComparison.Ordinal);

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

        // Starts a server and reads /api/stats until it shows `papers` (a changed source is rebuilt in the background).
        async Task<(int Papers, string Generation)> StartAsync(int papers)
        {
            await using var factory = Server(corpus);
            var client = factory.CreateClient();
            await ApiFactory.WaitUntilReadyAsync(client);
            var deadline = DateTime.UtcNow.Add(ApiFactory.RebuildGuard);
            while (true)
            {
                var (_, stats) = await Json.GetAsync(client, "/api/stats");
                var seen = ((int)stats["papers"]!, (string)stats["generation"]!);
                if (seen.Item1 == papers || DateTime.UtcNow > deadline) return seen;
                await Task.Delay(50);
            }
        }

        Assert.Equal((12, "gen-000001"), await StartAsync(12));
        Assert.Equal((12, "gen-000001"), await StartAsync(12));

        await File.AppendAllTextAsync(corpus, "{\"id\":\"p13\",\"title\":\"A Thirteenth Paper\",\"year\":2025}\n");
        Assert.Equal((13, "gen-000002"), await StartAsync(13));
    }
}
