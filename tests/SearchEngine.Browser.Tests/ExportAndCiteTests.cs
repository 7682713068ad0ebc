using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SearchEngine.Browser.Tests;

/// <summary>
/// The export links (every match, not the page on screen) and the paper page's citation box with its copy button
/// (issue 12: citing), in headless Chromium over the test corpus.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportAndCiteTests(BrowserFixture fixture)
{
    private async Task<IPage> OpenAsync(string url)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(url);
        return page;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [SkippableFact]
    public async Task Export_links_hold_every_match_of_the_search_not_the_page()
    {
        var page = await OpenAsync("/?venue=CVPR&sort=newest&page=2");
        await Expect(page.Locator("#export")).ToContainTextAsync("Export all matches");
        await Expect(page.Locator("#export-bibtex")).ToHaveAttributeAsync("href", "/api/export?venue=CVPR&sort=newest&format=bibtex");

        await page.GotoAsync("/?q=graph");
        // why: the links start as "/" in the HTML; wait until the page has rendered this search's links.
        await Expect(page.Locator("#export-ris")).ToHaveAttributeAsync("href", new Regex("^/api/export\\?.*q=graph"));
        var href = await page.Locator("#export-ris").GetAttributeAsync("href");
        var response = await page.APIRequest.GetAsync(href!);
        Assert.Equal(200, response.Status);
        Assert.Equal(response.Headers["x-total-count"], response.Headers["x-export-count"]);
        Assert.Contains("TY  - ", await response.TextAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_citation_box_shows_bibtex_ris_and_plain_text_and_copies_to_the_clipboard()
    {
        var page = await OpenAsync("/?paper=p09");
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var text = page.Locator("#cite-text");
        await Expect(text).ToContainTextAsync("author = {Alan Turing and others}");
        await Expect(page.Locator(".cite-format[aria-pressed=true]")).ToHaveTextAsync("BibTeX");

        await page.Locator(".cite-format", new() { HasText = "RIS" }).ClickAsync();
        await Expect(text).ToContainTextAsync("AU  - others");
        await Expect(page.Locator("#cite-download")).ToHaveAttributeAsync("href", "/api/papers/p09/cite?format=ris");

        await page.Locator(".cite-format", new() { HasText = "Plain text" }).ClickAsync();
        const string plain = "Alan Turing, et al. (2020). A Survey of Graph Neural Networks. TPAMI. https://doi.org/10.1000/gnn.2020";
        await Expect(text).ToHaveTextAsync(plain + "\n");

        await page.Locator("#cite-copy").ClickAsync();
        await Expect(page.Locator("#cite-status")).ToHaveTextAsync("Copied to the clipboard");
        Assert.Equal(plain + "\n", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }
}
