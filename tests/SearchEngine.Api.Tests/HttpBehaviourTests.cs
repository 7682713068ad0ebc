using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using SearchEngine.Api.Hosting;

namespace SearchEngine.Api.Tests;

/// <summary>ETags and 304s, compression, request ids, security headers and the static page.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class HttpBehaviourTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/search?q=ghostnet")]
    [InlineData("/api/facets?q=ghostnet")]
    [InlineData("/api/papers/p01")]
    public async Task Cacheable_gets_carry_an_etag_and_honor_if_none_match(string url)
    {
        var first = await _client.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        Assert.Equal("no-cache", first.Headers.CacheControl!.ToString());

        var again = await _client.GetAsync(url);
        Assert.Equal(etag, again.Headers.ETag);

        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await _client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Equal("", await notModified.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Different_responses_have_different_etags_and_a_stale_tag_gets_the_body()
    {
        var a = (await _client.GetAsync("/api/search?q=ghostnet")).Headers.ETag!;
        var b = (await _client.GetAsync("/api/search?q=transformer")).Headers.ETag!;
        Assert.NotEqual(a, b);
        var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=transformer");
        conditional.Headers.IfNoneMatch.Add(a);
        var response = await _client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Problems_carry_no_etag()
    {
        var response = await _client.GetAsync("/api/search?size=0");
        Assert.Null(response.Headers.ETag);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Responses_are_compressed_when_the_client_accepts_it(string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=ghostnet");
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        var response = await _client.SendAsync(request);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        await using var raw = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = encoding == "gzip"
            ? new GZipStream(raw, CompressionMode.Decompress)
            : new BrotliStream(raw, CompressionMode.Decompress);
        using var reader = new StreamReader(decoded);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await reader.ReadToEndAsync())!;
        Assert.Equal(2, (int)body["total"]!);
    }

    [Fact]
    public async Task Every_response_gets_a_new_request_id()
    {
        var a = (await _client.GetAsync("/health")).Headers.GetValues(RequestIdMiddleware.Header).Single();
        var b = (await _client.GetAsync("/api/nothing")).Headers.GetValues(RequestIdMiddleware.Header).Single();
        Assert.Matches(HexId(), a);
        Assert.Matches(HexId(), b);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public async Task A_valid_incoming_request_id_is_echoed()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/papers/nope");
        request.Headers.Add(RequestIdMiddleware.Header, "client-42.abc_DEF");
        var response = await _client.SendAsync(request);
        Assert.Equal("client-42.abc_DEF", response.Headers.GetValues(RequestIdMiddleware.Header).Single());
    }

    [Theory]
    [InlineData("has spaces")]
    [InlineData("<script>")]
    [InlineData("a-very-long-id-a-very-long-id-a-very-long-id-a-very-long-id-a-very-long-id")]
    public async Task An_invalid_incoming_request_id_is_replaced(string incoming)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.TryAddWithoutValidation(RequestIdMiddleware.Header, incoming);
        var response = await _client.SendAsync(request);
        Assert.Matches(HexId(), response.Headers.GetValues(RequestIdMiddleware.Header).Single());
    }

    [Fact]
    public async Task The_page_is_served_with_a_strict_content_security_policy()
    {
        var response = await _client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", Json.MediaType(response));
        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
            response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_page_has_no_inline_script_and_no_external_resources()
    {
        var html = await _client.GetStringAsync("/");
        foreach (Match script in ScriptTag().Matches(html))
        {
            Assert.Matches("src=\"/[^/]", script.Value);
        }
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<[^>]*\\son[a-z]+\\s*=", html);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_responses_also_carry_security_headers()
    {
        var response = await _client.GetAsync("/api/search?q=ghostnet");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(SecurityHeadersMiddleware.Policy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Only_the_scalar_reference_gets_a_relaxed_policy()
    {
        var response = await _client.GetAsync("/docs/");
        Assert.Equal(SecurityHeadersMiddleware.DocsPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex HexId();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}
