using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SearchEngine.Api.Hosting;
using SearchEngine.Core.Limits;

namespace SearchEngine.Api.Tests;

/// <summary>
/// What keeps the server answering beside searches and builds, checked without timing: the thread pool has a
/// thread for every admitted request at once, expensive work runs on low-priority threads of its own, and
/// <c>/health</c> touches neither the index nor any lock.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ServingTests(ApiFactory factory)
{
    [Fact]
    public void The_thread_pool_minimum_covers_every_admitted_request()
    {
        ThreadPool.GetMinThreads(out var workers, out _);

        var needed = ThreadPoolSizing.MinWorkerThreads(new ApiSettings(), Environment.ProcessorCount);
        Assert.True(workers >= needed, $"min worker threads {workers}, needed {needed}");
        Assert.True(needed > new ApiSettings().MaxConcurrentRequests, "a thread beyond the admitted requests for /health");
    }

    [Fact]
    public void Expensive_work_runs_off_the_thread_pool_at_nice_10_with_the_requests_budget()
    {
        using var threads = new LowPriorityThreads(1);
        using var budget = SearchBudget.Begin(TimeSpan.FromMinutes(1), CancellationToken.None, maxThreads: 1);

        var (pool, nice, flowed) = threads.Run(() =>
            (Thread.CurrentThread.IsThreadPoolThread, BackgroundPriority.CurrentThreadNice(), SearchBudget.Current?.MaxThreads));

        Assert.False(pool);
        Assert.Equal(1, flowed);
        if (OperatingSystem.IsLinux()) Assert.True(nice >= BackgroundPriority.Nice, $"nice {nice}");
        Assert.Throws<InvalidOperationException>(() => threads.Run<int>(() => throw new InvalidOperationException("rethrown as itself")));
    }

    [Theory]
    [InlineData("/api/search?q=graph~2", true)]
    [InlineData("/api/search?q=graph", false)]
    public void Only_expensive_requests_are_classified_expensive(string url, bool expensive)
    {
        var request = new DefaultHttpContext().Request;
        var uri = new Uri("http://localhost" + url);
        request.Path = uri.AbsolutePath;
        request.QueryString = new QueryString(uri.Query);

        Assert.Equal(expensive, RequestCost.Classify(request) == RequestCost.Kind.Expensive);
    }

    [Fact]
    public void Health_takes_no_services_and_is_never_limited_or_budgeted()
    {
        var endpoint = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Single(e => e.RoutePattern.RawText == "/health");

        Assert.Empty(endpoint.Metadata.GetMetadata<MethodInfo>()!.GetParameters());
        var request = new DefaultHttpContext().Request;
        request.Path = "/health";
        Assert.Equal(RequestCost.Kind.Free, RequestCost.Classify(request));
    }

    [Fact]
    public async Task Health_answers_while_the_index_gate_is_held_and_a_request_holds_the_index()
    {
        var live = factory.Services.GetRequiredService<LiveIndex>();
        var state = factory.Services.GetRequiredService<IndexState>();
        await live.Gate.WaitAsync();
        try
        {
            using var lease = state.Lease();
            // why a deadline and not a latency: waiting for the gate would hang; any answer at all passes.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var response = await factory.CreateClient().GetAsync("/health", timeout.Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            live.Gate.Release();
        }
    }
}
