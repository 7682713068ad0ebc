using System.Net;
using SearchEngine.Core.Indexing;

namespace SearchEngine.Api.Tests.Process;

/// <summary>
/// A running server and a rebuild in another process (this test process plays <c>searchengine index</c>): the
/// server keeps answering from the old generation, then switches to the published one, and removes the old one.
/// </summary>
public sealed class LiveRebuildProcessTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "se-live-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
    }

    [Fact]
    public async Task A_rebuild_by_another_process_is_served_within_two_seconds_without_a_failed_request()
    {
        var sources = Directory.CreateDirectory(Path.Combine(_root, "src")).FullName;
        var lines = File.ReadAllLines(ApiFactory.CorpusPath);
        File.WriteAllLines(Path.Combine(sources, "a.jsonl"), lines.Take(6));
        var location = new IndexLocation(Path.Combine(_root, "index"));
        IndexPipeline.Build([sources], location);
        var first = location.Current!;

        await using var api = await ApiProcess.StartAsync(new Dictionary<string, string>
        {
            ["Index:Path"] = location.Root,
            ["Index:Sources"] = "",
        });
        Assert.Equal(6, await PapersAsync(api));

        using var stop = new CancellationTokenSource();
        var failures = new List<string>();
        var load = Task.Run(async () =>
        {
            var requests = 0;
            while (!stop.IsCancellationRequested)
            {
                using var response = await api.Client.GetAsync("/api/search?q=cheap");
                requests++;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    lock (failures) failures.Add($"{(int)response.StatusCode} {body}");
                }
            }
            return requests;
        });

        File.WriteAllLines(Path.Combine(sources, "a.jsonl"), lines);
        IndexPipeline.Build([sources], location);
        var published = DateTime.UtcNow;
        while (await PapersAsync(api) != lines.Length)
        {
            Assert.True(DateTime.UtcNow - published < TimeSpan.FromSeconds(2), "the server did not switch within 2 s\n" + api.Output);
            await Task.Delay(50);
        }
        await stop.CancelAsync();
        var served = await load;

        Assert.Empty(failures);
        Assert.True(served > 0);
        // the old generation goes once its last reader is released (the next request after the switch at latest)
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (Directory.Exists(first) && DateTime.UtcNow < deadline)
        {
            await api.Client.GetAsync("/api/stats");
            await Task.Delay(100);
        }
        Assert.False(Directory.Exists(first), "the old generation was not removed\n" + api.Output);
    }

    [Fact]
    public async Task Health_answers_fast_while_the_server_rebuilds_in_the_background()
    {
        var sources = Directory.CreateDirectory(Path.Combine(_root, "src")).FullName;
        var lines = File.ReadAllLines(ApiFactory.CorpusPath);
        File.WriteAllLines(Path.Combine(sources, "a.jsonl"), lines.Take(4));
        var location = new IndexLocation(Path.Combine(_root, "index"));
        IndexPipeline.Build([sources], location);
        // the sources change while the server is down: it serves the old generation and rebuilds behind it
        File.WriteAllLines(Path.Combine(sources, "a.jsonl"), lines);

        await using var api = await ApiProcess.StartAsync(new Dictionary<string, string>
        {
            ["Index:Path"] = location.Root,
            ["Index:Sources"] = sources,
        });
        using (var response = await api.Client.GetAsync("/api/search?q=cheap"))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await PapersAsync(api) != lines.Length)
        {
            Assert.True(DateTime.UtcNow < deadline, "the background rebuild was not served\n" + api.Output);
            using var health = await api.Client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            await Task.Delay(50);
        }
    }

    private static async Task<int> PapersAsync(ApiProcess api)
    {
        var (response, body) = await Json.GetAsync(api.Client, "/api/stats");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (int)body["papers"]!;
    }
}
