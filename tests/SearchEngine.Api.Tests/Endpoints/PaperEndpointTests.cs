using System.Net;

namespace SearchEngine.Api.Tests.Endpoints;

[Collection(ApiCollection.Name)]
public sealed class PaperEndpointTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Paper_has_abstract_all_authors_given_topics_and_sources()
    {
        var (response, body) = await Json.GetAsync(_client, "/api/papers/p02");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("p02", (string)body["id"]!);
        Assert.Equal("GhostNetV2: Enhance Cheap Operation with Long-Range Attention", (string)body["title"]!);
        Assert.StartsWith("Light-weight convolutional neural networks", (string)body["abstract"]!, StringComparison.Ordinal);
        Assert.Equal(["Yehui Tang", "Kai Han", "Yunhe Wang"], Json.Strings(body["authors"]));
        Assert.Equal(2022, (int)body["year"]!);
        Assert.Equal("NeurIPS", (string)body["venue"]!);
        Assert.Equal("conference", (string)body["type"]!);
        Assert.True((bool)body["hasCode"]!);
        var topic = body["topics"]!.AsArray().Single()!;
        Assert.Equal("cs.CV", (string)topic["code"]!);
        Assert.Equal("given", (string)topic["origin"]!);
        Assert.Equal("Computer Vision and Pattern Recognition", (string)topic["label"]!);
        var source = body["sources"]!.AsArray().Single()!;
        Assert.Equal("corpus.jsonl", (string)source["file"]!);
        Assert.Equal("jsonl", (string)source["pageKind"]!);
        Assert.Equal(2, (int)source["line"]!);
        Assert.Equal("NeurIPS", (string)source["venue"]!);
    }

    /// <summary>
    /// p10 has no given topic (its record carries an earlier run's "cs.LG", which a build re-infers): from its
    /// vector, near the corpus's given-cs.CV papers, the engine infers cs.CV confidently and nothing else.
    /// </summary>
    [Fact]
    public async Task Inferred_topics_are_marked_as_inferred()
    {
        var (_, body) = await Json.GetAsync(_client, "/api/papers/p10");
        var topics = body["topics"]!.AsArray().Select(t => $"{(string)t!["code"]!}|{(string)t["label"]!}|{(string)t["origin"]!}").ToList();
        Assert.Equal(["cs.CV|Computer Vision and Pattern Recognition|inferred"], topics);
        Assert.Null(body["venue"]);
    }

    [Fact]
    public async Task Search_hits_list_which_of_their_topics_are_inferred()
    {
        var (_, body) = await Json.GetAsync(_client, "/api/search?q=energy%20efficient%20inference&size=20");
        var hits = body["hits"]!.AsArray().ToDictionary(h => (string)h!["id"]!, h => h!);

        Assert.Equal(["cs.CV"], Json.Strings(hits["p10"]["topics"]));
        Assert.Equal(["cs.CV"], Json.Strings(hits["p10"]["inferredTopics"]));
        Assert.All(hits.Where(h => h.Key != "p10"), h => Assert.Empty(Json.Strings(h.Value["inferredTopics"])));
    }

    [Fact]
    public async Task Cite_as_bibtex_by_default()
    {
        var response = await _client.GetAsync("/api/papers/p01/cite");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-bibtex; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(
            "@inproceedings{han2020ghostnet,\n" +
            "  title = {GhostNet: More Features from Cheap Operations},\n" +
            "  author = {Kai Han and Yunhe Wang},\n" +
            "  year = {2020},\n" +
            "  booktitle = {CVPR},\n" +
            "  keywords = {cs.CV},\n" +
            "}\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Cite_as_ris()
    {
        var response = await _client.GetAsync("/api/papers/p03/cite?format=ris");
        Assert.Equal("application/x-research-info-systems; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(
            "TY  - UNPB\r\nID  - zhu2021vision\r\nTI  - Vision Transformer Pruning\r\nAU  - Mingjian Zhu\r\nAU  - Kai Han\r\n" +
            "PY  - 2021\r\nT2  - arXiv\r\n" +
            "AB  - Vision transformers achieve strong results on image recognition; we prune their channels to reduce computation.\r\n" +
            "KW  - cs.CV\r\nKW  - cs.LG\r\nER  - \r\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Cite_escapes_markup_in_titles_as_text()
    {
        var text = await _client.GetStringAsync("/api/papers/p12/cite?format=bibtex");
        Assert.Contains("title = {<img src=x onerror=alert(1)> Cross-Site Scripting in Paper Titles}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_configured_key_writes_are_403_saying_how_to_enable_them()
    {
        var response = await _client.PostAsync("/api/papers", Json.Body("{\"title\":\"x\"}"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", Json.MediaType(response));
        var body = await Json.ReadAsync(response);
        Assert.Equal("writes-disabled", (string)body["code"]!);
        Assert.Contains("Api:WriteKeys", (string)body["detail"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.DeleteAsync("/api/papers/p01")).StatusCode);
    }
}
