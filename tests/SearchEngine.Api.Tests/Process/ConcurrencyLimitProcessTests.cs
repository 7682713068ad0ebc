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

        // The only slot is held by a request whose announced body (under the endpoint's size limit) keeps arriving
        // (JSON whitespace, 1,280 bytes/s: 47 s for the 60,000 bytes announced), so its handler keeps reading.
        // why trickle: Kestrel drops a body slower than 240 bytes/s after a 5 s grace, and on a loaded machine the
        // searches below can take longer than that. why a new holder when one is answered: the server may take the
        // two connections in either order, so a search can get the slot first and the holder is the one rejected.
        HttpResponseMessage? rejected = null;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var holder = await SlowRequest.StartAsync(api.Port);
        try
        {
            while (rejected is null && DateTime.UtcNow < deadline)
            {
                if (holder.Answered)
                {
                    await holder.DisposeAsync();
                    holder = await SlowRequest.StartAsync(api.Port);
                }
                var response = await api.Client.GetAsync("/api/search?q=ghost");
                if (response.StatusCode == HttpStatusCode.TooManyRequests) rejected = response;
                else await Task.Delay(20);
            }

            Assert.NotNull(rejected);
            Assert.Equal("application/problem+json", Json.MediaType(rejected));
            Assert.Equal("too-many-requests", (string)(await Json.ReadAsync(rejected))["code"]!);
            Assert.NotNull(rejected.Headers.RetryAfter);
            Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/health")).StatusCode);
        }
        finally
        {
            await holder.DisposeAsync();
        }
    }

    /// <summary>A <c>POST /api/similar</c> whose body trickles in: its handler holds a slot while it reads.</summary>
    private sealed class SlowRequest : IAsyncDisposable
    {
        private readonly TcpClient _client = new();
        private readonly CancellationTokenSource _stop = new();
        private Task _trickle = Task.CompletedTask;

        /// <summary>The server answered (the request was rejected or ended): it no longer holds a slot.</summary>
        public bool Answered => _client.Available > 0 || _trickle.IsCompleted;

        public static async Task<SlowRequest> StartAsync(int port)
        {
            var request = new SlowRequest();
            await request._client.ConnectAsync(IPAddress.Loopback, port);
            var stream = request._client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(
                "POST /api/similar HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n{"));
            var spaces = Encoding.ASCII.GetBytes(new string(' ', 256));
            request._trickle = Task.Run(async () =>
            {
                try
                {
                    while (!request._stop.IsCancellationRequested)
                    {
                        await stream.WriteAsync(spaces, request._stop.Token);
                        await Task.Delay(200, request._stop.Token);
                    }
                }
                catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
                {
                    // Stopped, or the server closed the connection.
                }
            });
            return request;
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _trickle;
            _client.Dispose();
            _stop.Dispose();
        }
    }
}
