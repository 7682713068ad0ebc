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
            // why: this test is about the switch; on a loaded machine a 2 s budget could end a search by itself.
            ["Api:TimeBudgetMs"] = "60000",
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
            ["Api:TimeBudgetMs"] = "60000",
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

    [Fact]
    public async Task Papers_added_with_the_cli_beside_a_running_server_are_served_within_a_second_or_two()
    {
        var location = new IndexLocation(Path.Combine(_root, "index"));
        IndexPipeline.Build([ApiFactory.CorpusPath], location);
        await using var api = await ApiProcess.StartAsync(new Dictionary<string, string>
        {
            ["Index:Path"] = location.Root,
            ["Index:Sources"] = "",
        });
        var file = Path.Combine(_root, "added.jsonl");
        File.WriteAllText(file, "{\"id\":\"cli1\",\"title\":\"Axolotl Retrieval\"}\n");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await Cli.CliApp.RunAsync(["add", file, "--index", location.Root], new Cli.CliConsole(output, error, interactive: false));

        Assert.True(exit == 0, error.ToString());
        Assert.Contains("a server has the index open", error.ToString());
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while ((await api.Client.GetAsync("/api/papers/cli1")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, "the server did not apply the CLI's journal entry\n" + api.Output);
            await Task.Delay(50);
        }
    }
}
