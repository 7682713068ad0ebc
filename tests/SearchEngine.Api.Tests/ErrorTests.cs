using System.Net;
using System.Text;

namespace SearchEngine.Api.Tests;

/// <summary>Every bad input gets its catalogued problem: exact status, type, title, code and detail.</summary>
[Collection(ApiCollection.Name)]
public sealed class ErrorTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, int, string, string, string> GetCases => new()
    {
        { "/api/search?year=2022-2018", 400, "inverted-year-range", "Inverted year range",
            "year range '2022-2018' is inverted: 2022 is after 2018; write it as 2018-2022" },
        { "/api/search?year=soon", 400, "invalid-year", "Invalid year filter", "" },
        { "/api/search?sort=best", 400, "unknown-sort", "Unknown sort order", "sort 'best' is unknown; use relevance, newest or oldest" },
        { "/api/search?size=0", 400, "size-out-of-range", "Page size out of range", "size '0' must be a whole number from 1 to 100" },
        { "/api/search?size=1000", 400, "size-out-of-range", "Page size out of range", "size '1000' must be a whole number from 1 to 100" },
        { "/api/search?page=0", 400, "invalid-page", "Invalid page", "page '0' must be a whole number from 1 to 10000" },
        { "/api/search?page=101&size=100", 400, "page-window-too-deep", "Page window too deep",
            "page × size must be at most 10000 (got 101 × 100 = 10100); use the cursor for deeper pages" },
        { "/api/search?facets=venue,color", 400, "unknown-facet", "Unknown facet",
            "facet 'color' is unknown; use any of venue, topic, year, type, author, hasCode" },
        { "/api/search?facets=venue:0", 400, "invalid-facet-limit", "Invalid facet limit",
            "facet limit in 'venue:0' must be a whole number from 1 to 1000" },
        { "/api/search?cursor=not-a-cursor", 400, "invalid-cursor", "Invalid cursor",
            "cursor is not valid; use the nextCursor of a previous response" },
        { "/api/search?hasCode=maybe", 400, "invalid-filter-value", "Invalid filter value", "hasCode 'maybe' is not valid; use true, false" },
        { "/api/search?type=book", 400, "invalid-filter-value", "Invalid filter value", "type 'book' is not valid; use conference, journal, preprint" },
        { "/api/search?format=xml", 400, "invalid-format", "Unknown export format",
            "format 'xml' is unknown; use json, csv, bibtex or ris" },
        { "/api/facets?facets=color", 400, "unknown-facet", "Unknown facet",
            "facet 'color' is unknown; use any of venue, topic, year, type, author, hasCode" },
        { "/api/papers/nope", 404, "paper-not-found", "Paper not found", "no paper has the id 'nope'" },
        { "/api/papers/nope/similar", 404, "paper-not-found", "Paper not found", "no paper has the id 'nope'" },
        { "/api/papers/nope/cite", 404, "paper-not-found", "Paper not found", "no paper has the id 'nope'" },
        { "/api/papers/p01/similar?size=0", 400, "size-out-of-range", "Page size out of range", "size '0' must be a whole number from 1 to 100" },
        { "/api/papers/p01/cite?format=endnote", 400, "invalid-format", "Unknown export format",
            "format 'endnote' is unknown; use bibtex, ris, text" },
        { "/api/suggest?q=ha&limit=0", 400, "size-out-of-range", "Page size out of range", "limit '0' must be a whole number from 1 to 20" },
        { "/api/suggest?q=ha&limit=many", 400, "size-out-of-range", "Page size out of range", "limit 'many' must be a whole number from 1 to 20" },
        { "/api/nothing-here", 404, "not-found", "Not Found", "" },
    };

    [Theory]
    [MemberData(nameof(GetCases))]
    public async Task Bad_requests_get_their_catalogued_problem(string url, int status, string code, string title, string detail)
    {
        var response = await _client.GetAsync(url);
        await AssertProblem(response, status, code, title, detail);
    }

    [Fact]
    public async Task Several_bad_parameters_are_all_reported()
    {
        var response = await _client.GetAsync("/api/search?sort=best&size=0");
        var body = await AssertProblem(response, 400, "unknown-sort", "Unknown sort order",
            "sort 'best' is unknown; use relevance, newest or oldest; size '0' must be a whole number from 1 to 100");
        var codes = body["errors"]!.AsArray().Select(e => (string)e!["code"]!).ToList();
        Assert.Equal(["unknown-sort", "size-out-of-range"], codes);
    }

    private const string Unreadable = "the request body could not be read as the JSON this endpoint expects (see /openapi/v1.json)";

    public static TheoryData<string, int, string, string, string> PostCases => new()
    {
        { "{\"text\": ", 400, "invalid-body", "Malformed request body", Unreadable },
        { "[1, 2]", 400, "invalid-body", "Malformed request body", Unreadable },
        { "null", 400, "invalid-body", "Malformed request body", "the body must be a JSON object like {\"text\": \"…\", \"size\": 10}" },
        { "{\"text\": \"ghost\", \"size\": \"ten\"}", 400, "invalid-body", "Malformed request body", Unreadable },
        { "{\"size\": 3}", 400, "missing-text", "Missing text", "text is required: the title or abstract to compare with" },
        { "{\"text\": \"ghost\", \"size\": 500}", 400, "size-out-of-range", "Page size out of range", "size '500' must be a whole number from 1 to 100" },
    };

    [Theory]
    [MemberData(nameof(PostCases))]
    public async Task Bad_similar_bodies_get_their_catalogued_problem(string json, int status, string code, string title, string detail)
    {
        var response = await _client.PostAsync("/api/similar", Json.Body(json));
        await AssertProblem(response, status, code, title, detail);
    }

    [Fact]
    public async Task Oversize_body_is_rejected_with_413()
    {
        var json = "{\"text\": \"" + new string('a', 70 * 1024) + "\"}";
        var response = await _client.PostAsync("/api/similar", Json.Body(json));
        await AssertProblem(response, 413, "body-too-large", "Request body too large", "the request body must be at most 65536 bytes");
    }

    [Fact]
    public async Task Oversize_body_without_a_length_is_rejected_with_413()
    {
        var json = "{\"text\": \"" + new string('a', 70 * 1024) + "\"}";
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/similar") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body-too-large", (string)(await Json.ReadAsync(response))["code"]!);
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> AssertProblem(HttpResponseMessage response, int status, string code,
        string title, string detail)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", Json.MediaType(response));
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        var body = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        Assert.Equal("/docs/errors#" + code, (string)body["type"]!);
        Assert.Equal(title, (string)body["title"]!);
        Assert.Equal(status, (int)body["status"]!);
        Assert.Equal(code, (string)body["code"]!);
        if (detail.Length > 0) Assert.Equal(detail, (string)body["detail"]!);
        Assert.Equal(response.Headers.GetValues("X-Request-Id").Single(), (string)body["requestId"]!);
        return body;
    }
}
