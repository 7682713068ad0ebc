using Microsoft.Playwright;

namespace SearchEngine.Browser.Tests;

/// <summary>
/// Inferred topics are marked as such on result cards and the paper page (issue 13 item 5), in headless Chromium
/// over the test corpus, where p10 is the one paper without a given topic (the engine infers cs.CV for it).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InferredTopicTests(BrowserFixture fixture)
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
    public async Task A_card_marks_an_inferred_topic_and_not_a_given_one()
    {
        var page = await OpenAsync("/?q=energy");

        var inferred = page.Locator("#results .result[data-id=p10] .topics .chip");
        await Expect(inferred).ToHaveCountAsync(1);
        await Expect(inferred).ToHaveTextAsync("cs.CV (inferred)");
        await Expect(inferred).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\binferred\b"));
        await Expect(inferred).ToHaveAttributeAsync("title", "inferred by the engine");

        await page.GotoAsync("/?q=ghost");
        var given = page.Locator("#results .result[data-id=p01] .topics .chip");
        await Expect(given).ToHaveTextAsync("cs.CV");
        await Expect(page.Locator("#results .topics .chip.inferred")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task The_paper_page_marks_an_inferred_topic()
    {
        var page = await OpenAsync("/?paper=p10");

        await Expect(page.Locator("#paper-title")).ToContainTextAsync("Energy-Efficient Inference");
        // why: the paper's own topics (a child of the article), not the chips of the similar-paper cards below it.
        var chip = page.Locator("#paper > .topics .chip");
        await Expect(chip).ToHaveCountAsync(1);
        await Expect(chip).ToHaveTextAsync("cs.CV — Computer Vision and Pattern Recognition (inferred)");
        await Expect(chip).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\binferred\b"));
    }
}
