using System.Net;

namespace SearchEngine.Api.Tests;

/// <summary>Protocol-level answers: HEAD, limits, hosts and unknown paths, all as problem details.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProtocolTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/search?q=ghost")]
    [InlineData("/api/papers/p01")]
    [InlineData("/api/papers/p01/cite")]
    [InlineData("/health")]
    [InlineData("/")]
    public async Task Head_answers_like_get_without_a_body(string url)
    {
        using var get = await _client.GetAsync(url);
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/docs/anything", HttpStatusCode.NotFound)]
    [InlineData("/docs/a/b.js", HttpStatusCode.NotFound)]
    [InlineData("/openapi/x.json", HttpStatusCode.NotFound)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    public async Task Unknown_paths_are_problem_details(string url, HttpStatusCode status)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", Json.MediaType(response));
    }

    [Fact]
    public async Task The_error_page_and_the_reference_still_answer()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/docs/errors")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task A_host_outside_allowed_hosts_is_a_400_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=ghost");
        request.Headers.Host = "attacker.example";
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid-host", (string)(await Json.ReadAsync(response))["code"]!);
    }

    [Fact]
    public async Task A_too_long_target_is_a_414_problem_and_too_large_headers_a_431_problem()
    {
        using var longUrl = await _client.GetAsync("/api/search?q=" + new string('a', 17_000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, longUrl.StatusCode);
        Assert.Equal("application/problem+json", Json.MediaType(longUrl));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Add("X-Big", new string('h', 33_000));
        using var bigHeaders = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, bigHeaders.StatusCode);
        Assert.Equal("application/problem+json", Json.MediaType(bigHeaders));
    }
}
