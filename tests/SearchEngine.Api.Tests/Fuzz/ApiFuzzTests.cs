using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace SearchEngine.Api.Tests.Fuzz;

/// <summary>A server of its own for the fuzzer (it writes), with a write key so the write paths are reached too.</summary>
public sealed class FuzzApiFactory : ApiFactory
{
    public const string Key = "fuzz-key";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:WriteKeys", Key);
        // why: the fuzzer sends requests one at a time; the limiter is tested on its own (ConcurrencyLimitProcessTests).
        builder.UseSetting("Api:TimeBudgetMs", "10000");
    }
}

/// <summary>
/// Random and malformed requests over every route of the OpenAPI document. Fails on any 5xx and on any error
/// (4xx) whose body is not <c>application/problem+json</c>. <c>FUZZ_REQUESTS</c> and <c>FUZZ_SEED</c> in the
/// environment run more requests or another sequence.
/// </summary>
public sealed class ApiFuzzTests(FuzzApiFactory factory) : IClassFixture<FuzzApiFactory>
{
    private const int DefaultRequests = 2500;

    [Fact]
    public async Task Random_and_malformed_requests_never_get_a_5xx_or_an_error_without_a_problem_body()
    {
        var requests = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_REQUESTS"), out var n) ? n : DefaultRequests;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var s) ? s : 20261201;
        var client = factory.CreateClient();
        var (_, document) = await Json.GetAsync(client, "/openapi/v1.json");
        var routes = OpenApiRoute.All(document);
        Assert.True(routes.Count >= 12, $"the OpenAPI document lists {routes.Count} operations");

        var fuzzer = new RequestFuzzer(routes, seed, FuzzApiFactory.Key);
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        for (var i = 0; i < requests; i++)
        {
            using var request = fuzzer.Next();
            var line = $"#{i} {request.Method} {Shorten(request.RequestUri!.ToString())}";
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500)
            {
                failures.Add($"{line} → {status} {Shorten(await response.Content.ReadAsStringAsync())}");
            }
            else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{line} → {status} without a problem body ({response.Content.Headers.ContentType})");
            }
        }
        Assert.True(failures.Count == 0,
            $"seed {seed}: {failures.Count} of {requests} requests failed; statuses {string.Join(", ", statuses.Select(p => $"{p.Key}×{p.Value}"))}\n"
            + string.Join('\n', failures.Take(30)));
        // the run reached more than the happy path and the 4xx branch
        Assert.Contains(statuses.Keys, k => k == (int)HttpStatusCode.OK);
        Assert.Contains(statuses.Keys, k => k == (int)HttpStatusCode.BadRequest);
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
