using System.Net;

namespace SearchEngine.Api.Tests.Endpoints;

[Collection(ApiCollection.Name)]
public sealed class SearchEndpointTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Query_ranks_matching_papers_with_exact_total()
    {
        var (response, body) = await Json.GetAsync(_client, "/api/search?q=ghostnet");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", Json.MediaType(response));
        Assert.Equal(2, (int)body["total"]!);
        Assert.Equal(["p01", "p02"], Json.Ids(body));
        Assert.Equal("ghostnet", (string)body["query"]!);
        Assert.Equal(1, (int)body["page"]!);
        Assert.Equal(10, (int)body["size"]!);
        Assert.Null(body["nextCursor"]);
        Assert.Equal("GhostNet: More Features from Cheap Operations", (string)body["hits"]![0]!["title"]!);
        Assert.Equal(["Kai Han", "Yunhe Wang"], Json.Strings(body["hits"]![0]!["authors"]));
    }

    [Fact]
    public async Task Empty_query_matches_every_paper()
    {
        var (_, body) = await Json.GetAsync(_client, "/api/search");
        Assert.Equal(12, (int)body["total"]!);
        Assert.Equal(10, Json.Ids(body).Count);
    }

    [Fact]
    public async Task Repeated_venue_parameters_OR_within_the_dimension()
    {
        var (_, body) = await Json.GetAsync(_client, "/api/search?venue=NeurIPS&venue=ACL&sort=oldest");
        Assert.Equal(4, (int)body["total"]!);
        Assert.Equal(["p04", "p02", "p07", "p11"], Json.Ids(body));
    }

    [Fact]
    public async Task Venue_counts_ignore_their_own_filter_but_other_dimensions_apply_it()
    {
        var (_, body) = await Json.GetAsync(_client, "/api/search?venue=NeurIPS");
        Assert.Equal(2, (int)body["total"]!);
        Assert.Equal(["arXiv:3", "ACL:2", "NeurIPS:2", "CVPR:1", "ICML:1", "TPAMI:1", "USENIX Security:1"], Json.Facet(body, "venue"));
        Assert.Equal(["conference:2"], Json.Facet(body, "type"));
    }

    [Theory]
    [InlineData("2021", 3)]
    [InlineData("2018-2020", 4)]
    [InlineData("2023-", 3)]
    [InlineData("-2019", 2)]
    public async Task Year_accepts_single_years_ranges_and_open_ends(string year, int total)
    {
        var (_, body) = await Json.GetAsync(_client, $"/api/search?year={year}");
        Assert.Equal(total, (int)body["total"]!);
    }

    [Fact]
    public async Task Filters_combine_across_dimensions()
    {
        var (_, body) = await Json.GetAsync(_client, "/api/search?topic=cs.CV&hasCode=true&type=preprint");
        Assert.Equal(["p08"], Json.Ids(body));
    }

    [Fact]
    public async Task Newest_sort_orders_by_year_descending()
    {
        var (_, body) = await Json.GetAsync(_client, "/api/search?sort=newest&size=3");
        Assert.Equal(["p11", "p05", "p07"], Json.Ids(body));
        Assert.NotNull(body["nextCursor"]);
    }

    [Fact]
    public async Task Paging_and_cursor_return_the_same_second_page()
    {
        var (_, page1) = await Json.GetAsync(_client, "/api/search?sort=newest&size=5");
        var (_, page2) = await Json.GetAsync(_client, "/api/search?sort=newest&size=5&page=2");
        var cursor = Uri.EscapeDataString((string)page1["nextCursor"]!);
        var (_, next) = await Json.GetAsync(_client, $"/api/search?sort=newest&size=5&cursor={cursor}");
        Assert.Equal(5, Json.Ids(page2).Count);
        Assert.Equal(Json.Ids(page2), Json.Ids(next));
        var (_, page3) = await Json.GetAsync(_client, "/api/search?sort=newest&size=5&page=3");
        Assert.Equal(2, Json.Ids(page3).Count);
        Assert.Null(page3["nextCursor"]);
    }

    [Fact]
    public async Task Year_facet_has_a_histogram_with_zero_years_filled()
    {
        var (_, body) = await Json.GetAsync(_client, "/api/search?facets=year");
        var histogram = body["facetInfo"]!["year"]!["histogram"]!.AsArray()
            .Select(v => $"{(string)v!["value"]!}:{(int)v["count"]!}").ToList();
        Assert.Equal(["2018:1", "2019:1", "2020:2", "2021:3", "2022:2", "2023:2", "2024:1"], histogram);
        Assert.Equal(["year"], body["facets"]!.AsObject().Select(p => p.Key).ToList());
    }

    [Fact]
    public async Task Snippets_are_plain_text_with_highlight_ranges()
    {
        var (_, body) = await Json.GetAsync(_client, "/api/search?q=scripting");
        Assert.Equal(["p12"], Json.Ids(body));
        var hit = body["hits"]![0]!;
        Assert.Equal("<img src=x onerror=alert(1)> Cross-Site Scripting in Paper Titles", (string)hit["title"]!);
        Assert.Equal(["Scripting"], Marked((string)hit["title"]!, hit["titleHighlights"]!));
        var snippet = hit["snippet"]!;
        // why: markup in a paper stays text in the JSON; no HTML is built by the engine, the page renders ranges.
        Assert.Equal("Titles such as <script>alert(2)</script> test whether scripting injection is rendered as text.",
            (string)snippet["text"]!);
        Assert.Equal(["script", "script", "scripting"], Marked((string)snippet["text"]!, snippet["highlights"]!));
    }

    [Fact]
    public async Task Snippets_highlight_the_query_terms()
    {
        var (_, body) = await Json.GetAsync(_client, "/api/search?q=ghost");
        // why: both GhostNet papers match "ghost" once in title and abstract, a near-tie decided by length.
        Assert.Equal(["p01", "p02"], Json.Ids(body).Order());
        var ghostNet = body["hits"]!.AsArray().Single(h => (string)h!["id"]! == "p01")!;
        var snippet = ghostNet["snippet"]!;
        Assert.Equal(
            "Deploying convolutional neural networks on embedded devices is difficult. We propose a Ghost module that generates more feature maps from cheap operations.",
            (string)snippet["text"]!);
        Assert.Equal("""[{"start":87,"length":5}]""", snippet["highlights"]!.ToJsonString());
    }

    /// <summary>The substrings of <paramref name="text"/> that <paramref name="ranges"/> (UTF-16 start/length) mark.</summary>
    private static List<string> Marked(string text, System.Text.Json.Nodes.JsonNode ranges) =>
        ranges.AsArray().Select(r => text.Substring((int)r!["start"]!, (int)r["length"]!)).ToList();

    [Theory]
    [InlineData("ghostnt", "ghostnet")]
    [InlineData("trasformer", "transformer")]
    public async Task Misspelled_queries_get_a_did_you_mean(string q, string suggestion)
    {
        var (_, body) = await Json.GetAsync(_client, $"/api/search?q={q}");
        Assert.Equal(0, (int)body["total"]!);
        Assert.Equal(suggestion, (string)body["suggestion"]!);
    }

    [Fact]
    public async Task Facets_endpoint_returns_total_and_counts_only()
    {
        var (response, body) = await Json.GetAsync(_client, "/api/facets?q=transformer&facets=venue,type");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["total", "facets", "facetInfo"], body.AsObject().Select(p => p.Key).ToList());
        Assert.Equal(2, (int)body["total"]!);
        Assert.Equal(["NeurIPS:1", "arXiv:1"], Json.Facet(body, "venue"));
        Assert.Equal(["conference:1", "preprint:1"], Json.Facet(body, "type"));
    }

    [Fact]
    public async Task Csv_export_of_the_result_page()
    {
        var response = await _client.GetAsync("/api/search?q=ghostnet&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment; filename=\"search-page1.csv\"", response.Content.Headers.ContentDisposition!.ToString());
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal(4, lines.Length);
        Assert.Equal("id,title,authors,authorsTruncated,year,venue,type,topics,hasCode,doi,url,abstract", lines[0]);
        Assert.StartsWith("p01,GhostNet: More Features from Cheap Operations,Kai Han; Yunhe Wang,false,2020,CVPR,conference,cs.CV,true,,,", lines[1]);
        Assert.StartsWith("p02,", lines[2]);
        Assert.Equal("", lines[3]);
    }

    [Fact]
    public async Task Bibtex_export_of_the_result_page()
    {
        var response = await _client.GetAsync("/api/search?q=ghostnet&format=bibtex");
        Assert.Equal("application/x-bibtex; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("@inproceedings{han2020ghostnet,\n", text, StringComparison.Ordinal);
        Assert.Contains("@inproceedings{tang2022ghostnetv2,\n", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split('@').Length - 1);
    }

    [Fact]
    public async Task Ris_export_of_the_result_page()
    {
        var response = await _client.GetAsync("/api/search?q=graph&format=ris");
        Assert.Equal("application/x-research-info-systems; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("TY  - JOUR\r\nID  - turing2020survey\r\nTI  - A Survey of Graph Neural Networks\r\nAU  - Alan Turing\r\nAU  - others\r\nPY  - 2020\r\nJO  - TPAMI\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("DO  - 10.1000/gnn.2020\r\nER  - \r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"unclosed phrase")]
    [InlineData("title:")]
    [InlineData("*")]
    [InlineData("~~~")]
    [InlineData("+-+-")]
    [InlineData("author:\"\"")]
    [InlineData("((((ghost")]
    [InlineData("\u0000\u0001")]
    [InlineData("ñandú 数据 🙂")]
    [InlineData("AND OR NOT")]
    public async Task Odd_query_text_never_fails(string q)
    {
        var response = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Very_long_query_text_never_fails()
    {
        var q = string.Join(' ', Enumerable.Repeat("ghost transformer", 300));
        var response = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
