using SearchEngine.Cli;

namespace SearchEngine.Api.Tests;

/// <summary>The CLI's <c>--json</c> prints exactly what the API answers for the same request (timing aside).</summary>
[Collection(ApiCollection.Name)]
public sealed class ContractTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/search?q=ghostnet", new[] { "search", "ghostnet" })]
    [InlineData("/api/search?q=neural%20networks&venue=NeurIPS&venue=CVPR&year=2019-2022&sort=newest&size=3",
        new[] { "search", "neural networks", "--venue", "NeurIPS", "--venue", "CVPR", "--year", "2019-2022", "--sort", "newest", "--size", "3" })]
    [InlineData("/api/search?topic=cs.CV&hasCode=true&facets=venue,author:5&page=2&size=2",
        new[] { "search", "--topic", "cs.CV", "--has-code", "true", "--facets", "venue,author:5", "--page", "2", "--size", "2" })]
    [InlineData("/api/facets?q=transformer&type=conference", new[] { "facets", "transformer", "--type", "conference" })]
    [InlineData("/api/papers/p01/similar?size=3", new[] { "similar", "p01", "--size", "3" })]
    public async Task Cli_json_equals_api_json(string url, string[] args)
    {
        var api = await _client.GetStringAsync(url);

        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, "--index", factory.IndexPath, "--json"], new CliConsole(output, error, interactive: false));
        Assert.Equal("", error.ToString());
        Assert.Equal(0, exit);

        Assert.Equal(Json.Canonical(Json.WithoutTookMs(api)), Json.Canonical(Json.WithoutTookMs(output.ToString())));
    }
}
