using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SearchEngine.Api.Hosting;

namespace SearchEngine.Api.Tests;

/// <summary>
/// The search gate: cheap requests' search work runs a few at a time, the rest wait in arrival order; checked by the
/// gate's own state, not by timing.
/// </summary>
public sealed class SearchGateTests
{
    [Fact]
    public async Task Waiters_enter_in_arrival_order_one_per_slot_given_back()
    {
        var gate = new SearchGate(1);
        var first = await gate.EnterAsync(CancellationToken.None);

        var a = gate.EnterAsync(CancellationToken.None).AsTask();
        var b = gate.EnterAsync(CancellationToken.None).AsTask();
        var c = gate.EnterAsync(CancellationToken.None).AsTask();
        Assert.Equal(3, gate.Waiting);
        Assert.False(a.IsCompleted || b.IsCompleted || c.IsCompleted);

        first.Dispose();
        var slotA = await a;
        Assert.False(b.IsCompleted || c.IsCompleted);
        slotA.Dispose();
        slotA.Dispose(); // a second dispose gives back nothing more
        var slotB = await b;
        Assert.False(c.IsCompleted);
        slotB.Dispose();
        (await c).Dispose();
        Assert.Equal(0, gate.Waiting);
    }

    [Fact]
    public async Task A_cancelled_waiter_leaves_the_queue_to_the_next()
    {
        var gate = new SearchGate(1);
        var held = await gate.EnterAsync(CancellationToken.None);
        using var gone = new CancellationTokenSource();
        var cancelled = gate.EnterAsync(gone.Token).AsTask();
        var next = gate.EnterAsync(CancellationToken.None).AsTask();

        gone.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        held.Dispose();
        (await next).Dispose();
        Assert.Equal(0, gate.Waiting);
    }

    [Fact]
    public async Task A_search_may_split_over_cores_only_while_a_slot_is_free()
    {
        var gate = new SearchGate(2);
        using var one = await gate.EnterAsync(CancellationToken.None);
        Assert.True(gate.HasIdleSlot);
        using var two = await gate.EnterAsync(CancellationToken.None);
        Assert.False(gate.HasIdleSlot);
    }
}

/// <summary>A server that runs one cheap search at a time.</summary>
public sealed class OneSearchAtATimeFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:MaxConcurrentSearches", "1");
    }
}

public sealed class SearchGateEndpointTests(OneSearchAtATimeFactory factory) : IClassFixture<OneSearchAtATimeFactory>
{
    private SearchGate Gate => factory.Services.GetRequiredService<SearchGate>();

    [Theory]
    [InlineData("/api/search?q=cheap")]
    [InlineData("/api/facets?q=cheap")]
    [InlineData("/api/papers/p01/similar")]
    [InlineData("/api/suggest?q=gh")]
    public async Task A_cheap_request_waits_for_a_free_slot_and_then_answers(string url)
    {
        var client = factory.CreateClient();
        Task<HttpResponseMessage> request;
        using (await Gate.EnterAsync(CancellationToken.None))
        {
            request = client.GetAsync(url);
            await UntilAsync(() => Gate.Waiting == 1);
            Assert.False(request.IsCompleted);
            // Routes outside the gate still answer.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/papers/p01")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await request).StatusCode);
    }

    [Fact]
    public async Task An_expensive_request_does_not_wait_for_the_gate()
    {
        using (await Gate.EnterAsync(CancellationToken.None))
        {
            var response = await factory.CreateClient().GetAsync("/api/search?q=ghost~2");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_request_whose_client_hangs_up_while_waiting_leaves_the_queue()
    {
        var client = factory.CreateClient();
        using var gone = new CancellationTokenSource();
        using (await Gate.EnterAsync(CancellationToken.None))
        {
            var request = client.GetAsync("/api/search?q=cheap", gone.Token);
            await UntilAsync(() => Gate.Waiting == 1);
            gone.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
            await UntilAsync(() => Gate.Waiting == 0);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=cheap")).StatusCode);
    }

    /// <summary>Polls <paramref name="condition"/>; the deadline is a guard against a hang, not a latency.</summary>
    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within a minute");
            await Task.Delay(10);
        }
    }
}
