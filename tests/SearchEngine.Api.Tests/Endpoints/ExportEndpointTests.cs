using System.Net;
using System.Text.Json.Nodes;

namespace SearchEngine.Api.Tests.Endpoints;

/// <summary>Export of every match (<c>/api/export</c>), citations of one paper, and the links of hits and papers.</summary>
[Collection(ApiCollection.Name)]
public sealed class ExportEndpointTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Export_holds_every_match_not_just_one_page()
    {
        var response = await _client.GetAsync("/api/export?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("search-export.csv", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal("12", response.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal("12", response.Headers.GetValues("X-Export-Count").Single());
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(13, lines.Length);
    }

    [Fact]
    public async Task Export_applies_query_filters_and_sort()
    {
        var text = await _client.GetStringAsync("/api/export?format=ris&topic=cs.CV&sort=oldest");
        var titles = text.Split("\r\n").Where(l => l.StartsWith("TI  - ", StringComparison.Ordinal)).Select(l => l[6..]).ToList();
        var (_, body) = await Json.GetAsync(_client, "/api/search?topic=cs.CV&sort=oldest&size=100");
        Assert.Equal(body["hits"]!.AsArray().Select(h => (string)h!["title"]!), titles);
    }

    [Fact]
    public async Task Bibtex_export_has_unique_keys_and_marks_cut_author_lists()
    {
        var text = await _client.GetStringAsync("/api/export?format=bibtex&q=graph");
        Assert.Contains("  author = {Alan Turing and others},", text.Split('\n'));
        var keys = text.Split('\n').Where(l => l.StartsWith('@')).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Theory]
    [InlineData("/api/export?format=xml", "invalid-format")]
    [InlineData("/api/export?year=2022-2018", "inverted-year-range")]
    [InlineData("/api/export?sort=best", "unknown-sort")]
    public async Task Bad_export_parameters_are_problems(string url, string code)
    {
        var (response, body) = await Json.GetAsync(_client, url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (string)body["code"]!);
    }

    [Fact]
    public async Task Cite_marks_a_cut_author_list_in_bibtex_and_ris()
    {
        Assert.Contains("  author = {Alan Turing and others},", (await _client.GetStringAsync("/api/papers/p09/cite")).Split('\n'));
        Assert.Contains("AU  - others", (await _client.GetStringAsync("/api/papers/p09/cite?format=ris")).Split("\r\n"));
    }

    [Fact]
    public async Task Cite_as_plain_text()
    {
        var response = await _client.GetAsync("/api/papers/p09/cite?format=text");
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("Alan Turing, et al. (2020). A Survey of Graph Neural Networks. TPAMI. https://doi.org/10.1000/gnn.2020\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Links_in_the_abstract_reach_hits_and_the_paper()
    {
        var (_, search) = await Json.GetAsync(_client, "/api/search?q=yolov6");
        var hit = search["hits"]!.AsArray().Single(h => (string)h!["id"]! == "p08")!;
        Assert.Equal("https://github.com/meituan/YOLOv6", (string)hit["codeUrl"]!);

        var (_, paper) = await Json.GetAsync(_client, "/api/papers/p08");
        Assert.Equal("https://github.com/meituan/YOLOv6", (string)paper["codeUrl"]!);
        var links = paper["links"]!.AsArray().Select(l => $"{(string)l!["kind"]!} {(string)l["url"]!} {(string)l["origin"]!}").ToList();
        Assert.Equal(["code https://github.com/meituan/YOLOv6 abstract", "arxiv https://arxiv.org/abs/2209.02976 abstract"], links);

        var (_, gnn) = await Json.GetAsync(_client, "/api/papers/p09");
        Assert.Equal(["doi https://doi.org/10.1000/gnn.2020 source"],
            gnn["links"]!.AsArray().Select(l => $"{(string)l!["kind"]!} {(string)l["url"]!} {(string)l["origin"]!}"));
    }
}
