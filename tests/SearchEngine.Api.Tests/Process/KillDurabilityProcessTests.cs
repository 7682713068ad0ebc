using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using SearchEngine.Core.Indexing;

namespace SearchEngine.Api.Tests.Process;

/// <summary>
/// "2xx means durable", tested the only honest way: a real server process, writes in flight, SIGKILL, restart, and
/// every acknowledged write is there.
/// </summary>
public sealed class KillDurabilityProcessTests : IDisposable
{
    private const string Key = "kill-test-key";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "se-kill-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
    }

    [Fact]
    public async Task No_acknowledged_write_is_lost_when_the_server_is_killed()
    {
        var location = new IndexLocation(Path.Combine(_root, "index"));
        IndexPipeline.Build([ApiFactory.CorpusPath], location);
        var settings = new Dictionary<string, string>
        {
            ["Index:Path"] = location.Root,
            ["Index:Sources"] = "",
            ["Api:WriteKeys"] = Key,
        };
        var acknowledged = new ConcurrentBag<string>();
        var deleted = new ConcurrentBag<string>();
        // a delete in flight when the server died may or may not have been applied: such ids are not checked
        var deleting = new ConcurrentBag<string>();
        const int Kills = 3;
        for (var round = 0; round < Kills; round++)
        {
            var api = await ApiProcess.StartAsync(settings);
            api.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
            using var stop = new CancellationTokenSource();
            var r = round;
            var writers = Enumerable.Range(0, 3).Select(w => Task.Run(async () =>
            {
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    try
                    {
                        if (w == 2)
                        {
                            // NDJSON batches of five
                            var ids = Enumerable.Range(0, 5).Select(i => $"k{r}-{w}-{n}-{i}").ToList();
                            var body = string.Join('\n', ids.Select(id => $"{{\"id\":\"{id}\",\"title\":\"Killed {id}\"}}"));
                            using var response = await api.Client.PostAsync("/api/papers", Json.Body(body, "application/x-ndjson"));
                            if (response.IsSuccessStatusCode) foreach (var id in ids) acknowledged.Add(id);
                        }
                        else
                        {
                            var id = $"k{r}-{w}-{n}";
                            using var response = await api.Client.PostAsync("/api/papers", Json.Body($"{{\"id\":\"{id}\",\"title\":\"Killed {id}\"}}"));
                            if (response.IsSuccessStatusCode) acknowledged.Add(id);
                            if (w == 1 && n % 4 == 3 && response.IsSuccessStatusCode)
                            {
                                deleting.Add(id);
                                using var gone = await api.Client.DeleteAsync($"/api/papers/{id}");
                                if (gone.StatusCode == HttpStatusCode.NoContent) deleted.Add(id);
                            }
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        return; // the server was killed with this request in flight: not acknowledged
                    }
                }
            })).ToList();
            var target = (round + 1) * 60;
            while (acknowledged.Count < target) await Task.Delay(5);
            api.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
            await api.DisposeAsync();
        }

        await using var restarted = await ApiProcess.StartAsync(settings);
        var lost = new List<string>();
        foreach (var id in acknowledged.Except(deleting))
        {
            using var response = await restarted.Client.GetAsync($"/api/papers/{id}");
            if (response.StatusCode != HttpStatusCode.OK) lost.Add(id);
        }
        var resurrected = new List<string>();
        foreach (var id in deleted)
        {
            using var response = await restarted.Client.GetAsync($"/api/papers/{id}");
            if (response.StatusCode != HttpStatusCode.NotFound) resurrected.Add(id);
        }
        Assert.True(acknowledged.Count >= Kills * 60);
        Assert.Empty(lost);
        Assert.Empty(resurrected);
    }
}
