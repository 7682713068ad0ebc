using System.Net;
using System.Text.Json.Nodes;
using SearchEngine.Core.Indexing;

namespace SearchEngine.Api.Tests.Process;

/// <summary>
/// A running server and a rebuild in another process (this test process plays <c>searchengine index</c>, or the
/// server's own rebuild child after a source change): the server keeps answering from the old generation, then
/// switches to the published one, and removes the old one.
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
            // why: the test is about /health during a rebuild, not about embedding; without the model the nice-10
            // child has less to do when the test run's other processes take both cores.
            ["Index:Embeddings"] = "off",
            ["Api:TimeBudgetMs"] = "60000",
        });
        using (var response = await api.Client.GetAsync("/api/search?q=cheap"))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var deadline = DateTime.UtcNow.Add(ApiFactory.RebuildGuard);
        while (await PapersAsync(api) != lines.Length)
        {
            Assert.True(DateTime.UtcNow < deadline, "the background rebuild was not served\n" + api.Output);
            using var health = await api.Client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// A server over the first 4 papers whose sources then gain the rest while this test holds the index lock: the
    /// server's rebuild child starts, lowers its priority, says so, and waits for the lock, so the test finds it alive
    /// without racing it.
    /// Embeddings are off so the index the test builds is current (no rebuild at start).
    /// </summary>
    private async Task<(ApiProcess Api, IndexLock Held, int Child, string[] Lines)> RebuildWaitingForTheLockAsync()
    {
        var sources = Directory.CreateDirectory(Path.Combine(_root, "src")).FullName;
        var lines = File.ReadAllLines(ApiFactory.CorpusPath);
        File.WriteAllLines(Path.Combine(sources, "a.jsonl"), lines.Take(4));
        var location = new IndexLocation(Path.Combine(_root, "index"));
        IndexPipeline.Build([sources], location);
        var api = await ApiProcess.StartAsync(new Dictionary<string, string>
        {
            ["Index:Path"] = location.Root,
            ["Index:Sources"] = sources,
            ["Index:Embeddings"] = "off",
            ["Api:TimeBudgetMs"] = "60000",
        });
        Assert.Null((await ReadyAsync(api))["rebuild"]);
        var held = IndexLock.Acquire(location.Root, TimeSpan.Zero);
        File.WriteAllLines(Path.Combine(sources, "a.jsonl"), lines);
        var deadline = DateTime.UtcNow.Add(ApiFactory.RebuildGuard);
        IReadOnlyList<int> children;
        while ((children = api.Children(Hosting.RebuildChild.Verb)).Count != 1)
        {
            Assert.True(DateTime.UtcNow < deadline, "no rebuild child started after the source change\n" + api.Output);
            await Task.Delay(50);
        }
        // why: the child says so once its priority is lowered, before it waits for the lock
        var stage = (string)(await RebuildStateAsync(api, "running"))["stage"]!;
        while (!stage.StartsWith("started", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the rebuild child did not start ({stage})\n" + api.Output);
            await Task.Delay(50);
            stage = (string)(await RebuildStateAsync(api, "running"))["stage"]!;
        }
        return (api, held, children[0], lines);
    }

    /// <summary>Searches until stopped; every answer must be a 200 with hits (the old or the new generation's).</summary>
    private static Task<int> SearchUntil(ApiProcess api, List<string> failures, CancellationToken stop) => Task.Run(async () =>
    {
        var requests = 0;
        while (!stop.IsCancellationRequested)
        {
            using var response = await api.Client.GetAsync("/api/search?q=cheap");
            var body = await response.Content.ReadAsStringAsync();
            requests++;
            if (response.StatusCode != HttpStatusCode.OK || Json.Ids(JsonNode.Parse(body)!).Count == 0)
            {
                lock (failures) failures.Add($"{(int)response.StatusCode} {body}");
            }
        }
        return requests;
    });

    private static async Task<JsonNode> ReadyAsync(ApiProcess api)
    {
        var (response, body) = await Json.GetAsync(api.Client, "/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body;
    }

    /// <summary>Reads <c>/ready</c> until the server's last rebuild is in <paramref name="state"/>; returns it.</summary>
    private static async Task<JsonNode> RebuildStateAsync(ApiProcess api, string state)
    {
        var deadline = DateTime.UtcNow.Add(ApiFactory.RebuildGuard);
        while (true)
        {
            var rebuild = (await ReadyAsync(api))["rebuild"];
            if (rebuild is not null && (string)rebuild["state"]! == state) return rebuild;
            Assert.True(DateTime.UtcNow < deadline, $"the rebuild never reached '{state}' ({rebuild?.ToJsonString()})\n" + api.Output);
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task After_a_source_change_the_server_rebuilds_in_a_child_process_at_nice_10_and_search_answers_throughout()
    {
        if (!OperatingSystem.IsLinux()) return;
        var (api, held, child, lines) = await RebuildWaitingForTheLockAsync();
        await using var server = api;
        using var stop = new CancellationTokenSource();
        var failures = new List<string>();
        var load = SearchUntil(api, failures, stop.Token);

        Assert.True(ApiProcess.Nice(child) >= Core.Limits.BackgroundPriority.Nice, $"the child runs at nice {ApiProcess.Nice(child)}");
        Assert.Equal("running", (string)(await ReadyAsync(api))["rebuild"]!["state"]!);
        Assert.Equal(4, await PapersAsync(api));
        held.Dispose();

        var rebuild = await RebuildStateAsync(api, "succeeded");
        await stop.CancelAsync();
        var served = await load;

        Assert.Equal(lines.Length, (int)rebuild["papers"]!);
        Assert.Equal(lines.Length, await PapersAsync(api));
        Assert.False(ApiProcess.IsRunning(child));
        Assert.Empty(failures);
        Assert.True(served > 0);
        // the child's progress reaches the server's log
        Assert.Contains($"in child process {child}", api.Output);
        Assert.Contains($"Rebuild {child}: indexing", api.Output);
        Assert.Contains($"Index built: {lines.Length} papers", api.Output);
    }

    [Fact]
    public async Task A_killed_rebuild_child_leaves_the_old_generation_serving_and_a_later_source_change_rebuilds()
    {
        if (!OperatingSystem.IsLinux()) return;
        var (api, held, child, lines) = await RebuildWaitingForTheLockAsync();
        await using var server = api;
        var root = Path.Combine(_root, "index");
        // what a builder killed earlier leaves: a generation that never went live
        var partial = Directory.CreateDirectory(Path.Combine(root, "gen-000009")).FullName;
        using var stop = new CancellationTokenSource();
        var failures = new List<string>();
        var load = SearchUntil(api, failures, stop.Token);

        System.Diagnostics.Process.GetProcessById(child).Kill();
        var failed = await RebuildStateAsync(api, "failed");

        Assert.Equal("the build process was killed (signal 9); still serving the previous generation", (string)failed["detail"]!);
        Assert.Equal(4, await PapersAsync(api));
        held.Dispose();
        // the next change builds again
        File.AppendAllText(Path.Combine(_root, "src", "a.jsonl"), "{\"id\":\"p99\",\"title\":\"A Later Cheap Paper\"}\n");
        var rebuilt = await RebuildStateAsync(api, "succeeded");
        await stop.CancelAsync();
        await load;

        Assert.Equal(lines.Length + 1, (int)rebuilt["papers"]!);
        Assert.Equal(lines.Length + 1, await PapersAsync(api));
        Assert.Empty(failures);
        Assert.Contains("Rebuild " + child + " failed (exit code 137)", api.Output);
        // the partial generation went with the publish; the first one once its last reader let go
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Directory.GetDirectories(root, "gen-*").Length > 1 && DateTime.UtcNow < deadline)
        {
            await api.Client.GetAsync("/api/stats");
            await Task.Delay(100);
        }
        Assert.False(Directory.Exists(partial));
        Assert.Equal([new IndexLocation(root).Current!], Directory.GetDirectories(root, "gen-*"));
    }

    [Fact]
    public async Task A_rebuild_child_ends_when_its_server_is_killed()
    {
        if (!OperatingSystem.IsLinux()) return;
        var (api, held, child, _) = await RebuildWaitingForTheLockAsync();
        await using var server = api;
        using var lockHeld = held;

        api.Kill(entireProcessTree: false);

        // why: the child waits for the lock this test holds; only its closed standard input can end it.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (ApiProcess.IsRunning(child))
        {
            Assert.True(DateTime.UtcNow < deadline, "the rebuild child outlived its server");
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
