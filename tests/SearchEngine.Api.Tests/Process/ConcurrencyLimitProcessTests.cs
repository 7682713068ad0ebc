using System.Net;
using System.Net.Sockets;
using System.Text;
using SearchEngine.Core.Indexing;

namespace SearchEngine.Api.Tests.Process;

/// <summary>A saturated server answers 429 with Retry-After instead of queueing without bound.</summary>
public sealed class ConcurrencyLimitProcessTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "se-limit-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
    }

    [Fact]
    public async Task A_saturated_server_answers_429_with_retry_after_and_health_still_answers()
    {
        var location = new IndexLocation(Path.Combine(_root, "index"));
        IndexPipeline.Build([ApiFactory.CorpusPath], location);
        await using var api = await ApiProcess.StartAsync(new Dictionary<string, string>
        {
            ["Index:Path"] = location.Root,
            ["Index:Sources"] = "",
            ["Api:MaxConcurrentRequests"] = "1",
            ["Api:QueueLimit"] = "0",
            // why: the held request must keep its slot while the machine is loaded; the 2 s default budget could end
            // it before any other request arrives to be rejected.
            ["Api:TimeBudgetMs"] = "60000",
        });

        // holds the only slot: a request whose announced body (under the endpoint's size limit) keeps arriving (JSON
        // whitespace, 1,280 bytes/s: 47 s for the 60,000 bytes announced) keeps its
        // handler reading. why trickle: Kestrel drops a body slower than 240 bytes/s after a 5 s grace, and on a loaded
        // machine the first searches below can take longer than that.
        using var slow = new TcpClient();
        await slow.ConnectAsync(IPAddress.Loopback, api.Port);
        var head = "POST /api/similar HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n{";
        var stream = slow.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var stop = new CancellationTokenSource();
        var spaces = Encoding.ASCII.GetBytes(new string(' ', 256));
        var trickle = Task.Run(async () =>
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    await stream.WriteAsync(spaces, stop.Token);
                    await Task.Delay(200, stop.Token);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
            {
                // The test is over.
            }
        });

        HttpResponseMessage? rejected = null;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (rejected is null && DateTime.UtcNow < deadline)
        {
            var response = await api.Client.GetAsync("/api/search?q=ghost");
            if (response.StatusCode == HttpStatusCode.TooManyRequests) rejected = response;
            else await Task.Delay(20);
        }

        Assert.NotNull(rejected);
        Assert.Equal("application/problem+json", Json.MediaType(rejected));
        Assert.Equal("too-many-requests", (string)(await Json.ReadAsync(rejected))["code"]!);
        Assert.NotNull(rejected.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/health")).StatusCode);
        await stop.CancelAsync();
        await trickle;
        slow.Close();
    }
}
