using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace SearchEngine.Api.Tests;

/// <summary>Per-request bounds on the shared server: clause cap and many-valued filters.</summary>
[Collection(ApiCollection.Name)]
public sealed class LimitsTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Only_the_first_64_query_terms_are_searched_and_the_response_says_so()
    {
        var q = string.Join(' ', Enumerable.Range(0, 65).Select(i => $"w{i}~2"));
        var (response, body) = await Json.GetAsync(_client, $"/api/search?q={Uri.EscapeDataString(q)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("only the first 64 clauses are used", Json.Strings(body["warnings"]));
    }

    [Theory]
    [InlineData("/api/search?venue=")]
    [InlineData("/api/facets?venue=")]
    [InlineData("/api/search?topic=")]
    [InlineData("/api/search?author=")]
    [InlineData("/api/papers/p01/similar?venue=")]
    public async Task A_filter_with_more_than_1024_values_is_answered(string prefix)
    {
        var values = string.Join(',', Enumerable.Range(0, 1025).Select(i => $"v{i}"));
        var response = await _client.GetAsync(prefix + values);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>A server whose budget is always spent: every search stops with 503, health is unaffected.</summary>
public sealed class SpentBudgetFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:TimeBudgetMs", "0");
    }
}

public sealed class TimeBudgetTests(SpentBudgetFactory factory) : IClassFixture<SpentBudgetFactory>
{
    [Theory]
    [InlineData("/api/search?q=ghost~2")]
    [InlineData("/api/facets?q=cheap")]
    [InlineData("/api/papers/p01/similar")]
    public async Task A_request_over_its_budget_is_stopped_with_a_503_problem_and_retry_after(string url)
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", Json.MediaType(response));
        Assert.Equal("time-budget-exceeded", (string)(await Json.ReadAsync(response))["code"]!);
        Assert.Equal("1", response.Headers.RetryAfter!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
