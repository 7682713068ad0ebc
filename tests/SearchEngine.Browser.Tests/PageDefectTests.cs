using System.Text.Json;
using Microsoft.Playwright;

namespace SearchEngine.Browser.Tests;

/// <summary>
/// The page defects a new reader met (issue 12: #1, #2, #4, #5, #10 and LaTeX shown as typed), each driven the way
/// a reader meets it, in headless Chromium over the test corpus.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageDefectTests(BrowserFixture fixture)
{
    private async Task<IPage> OpenAsync(string url, int width = 1280, int height = 900)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync(url);
        return page;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static Task<double> HeaderBottom(IPage page) =>
        page.EvaluateAsync<double>("() => document.querySelector('header.top').getBoundingClientRect().bottom");

    private static Task<double> Top(ILocator locator) => locator.EvaluateAsync<double>("e => e.getBoundingClientRect().top");

    private static Task<bool> IsFocused(ILocator locator) => locator.EvaluateAsync<bool>("e => e === document.activeElement");

    // why: the bug needs a paper page taller than the window; the test corpus's pages are shorter than the seed
    // pages', so the desktop case uses a 1280 × 600 window where the issue measured 1280 × 900.
    [SkippableTheory]
    [InlineData(1280, 600)]
    [InlineData(390, 844)]
    public async Task Opening_a_paper_shows_its_title_and_back_link_below_the_sticky_header(int width, int height)
    {
        // Straight from a link, with the similar papers loaded (the page at its full height).
        var page = await OpenAsync("/?q=ghost&paper=p01", width, height);
        await Expect(page.Locator("#paper-title")).ToHaveTextAsync("GhostNet: More Features from Cheap Operations");
        await Expect(page.Locator("#similar .result").First).ToBeVisibleAsync();
        var header = await HeaderBottom(page);
        Assert.True(await Top(page.Locator("#paper .back")) >= header, "the back link is under the sticky header");
        Assert.True(await Top(page.Locator("#paper-title")) >= header, "the title is under the sticky header");

        // From a result card, after scrolling down the list.
        page = await OpenAsync("/?q=neural", width, height);
        var last = page.Locator("#results .result-title").Last;
        await last.ScrollIntoViewIfNeededAsync();
        await last.ClickAsync();
        await Expect(page.Locator("#similar h2")).ToBeVisibleAsync();
        await Expect(page.Locator("#similar .muted", new() { HasText = "Loading" })).ToHaveCountAsync(0);
        header = await HeaderBottom(page);
        Assert.True(await Top(page.Locator("#paper .back")) >= header, "the back link is under the sticky header");
        Assert.True(await Top(page.Locator("#paper-title")) >= header, "the title is under the sticky header");
    }

    [SkippableFact]
    public async Task No_literal_null_on_the_paper_page_or_in_the_empty_state()
    {
        // p01 has neither a DOI nor a URL: its links line is absent, not "null".
        var page = await OpenAsync("/?paper=p01");
        await Expect(page.Locator("#paper-title")).ToHaveTextAsync("GhostNet: More Features from Cheap Operations");
        Assert.DoesNotMatch(@"\bnull\b", await page.Locator("#paper").InnerTextAsync());

        page = await OpenAsync("/?q=zzqqxx");
        await Expect(page.Locator("#status")).ToContainTextAsync("No papers match “zzqqxx”.");
        Assert.DoesNotMatch(@"\bnull\b", await page.Locator("#status").InnerTextAsync());
    }

    [SkippableFact]
    public async Task A_page_past_the_last_says_so_and_leads_back()
    {
        var page = await OpenAsync("/?page=9");
        await Expect(page.Locator("#status")).ToContainTextAsync("Page 9 is past the last page");
        await Expect(page.Locator("#status")).ToContainTextAsync("12 papers fill 2 pages.");
        await Expect(page.Locator("#summary")).ToHaveTextAsync("12 papers");
        await Expect(page.Locator("#pager a")).Not.ToHaveCountAsync(0);
        await page.Locator("#last-page-link").ClickAsync();
        await Expect(page.Locator("#summary")).ToHaveTextAsync("12 papers · page 2 of 2");
        await Expect(page.Locator("#results > .result")).ToHaveCountAsync(2);
        await Expect(page.Locator("#status")).ToBeHiddenAsync();
        Assert.EndsWith("/?page=2", page.Url, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Space_on_a_facet_checkbox_keeps_keyboard_focus_on_it()
    {
        var page = await OpenAsync("/?q=neural");
        await Expect(page.Locator("#summary")).ToHaveTextAsync("4 papers");
        var neurips = page.Locator("#facet-venue input[value='NeurIPS']");
        await neurips.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(page.Locator("#summary")).ToHaveTextAsync("1 paper");
        await Expect(neurips).ToBeCheckedAsync();
        Assert.True(await IsFocused(neurips), "focus left the re-rendered checkbox");

        await page.Keyboard.PressAsync("Space");
        await Expect(page.Locator("#summary")).ToHaveTextAsync("4 papers");
        await Expect(neurips).Not.ToBeCheckedAsync();
        Assert.True(await IsFocused(neurips), "focus left the re-rendered checkbox");
    }

    [SkippableFact]
    public async Task Enter_on_a_year_bar_keeps_keyboard_focus_on_it()
    {
        var page = await OpenAsync("/");
        await Expect(page.Locator("#summary")).ToHaveTextAsync("12 papers · page 1 of 2");
        var bar = page.Locator("#facet-year .bar[data-year='2021']");
        await bar.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#summary")).ToHaveTextAsync("3 papers");
        await Expect(bar).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.True(await IsFocused(bar), "focus left the re-rendered year bar");
    }

    [SkippableFact]
    public async Task Show_more_says_how_many_more_values_there_are()
    {
        var page = await OpenAsync("/");
        var facets = await page.APIRequest.GetAsync("/api/search?facets=author");
        var distinct = JsonDocument.Parse(await facets.TextAsync()).RootElement
            .GetProperty("facetInfo").GetProperty("author").GetProperty("distinct").GetInt32();
        // why: waits until the page has rendered the facets (a count read at once may see none yet).
        await Expect(page.Locator("#facet-author li")).ToHaveCountAsync(8);
        const int shown = 8;
        Assert.True(distinct > shown, $"the test corpus has {distinct} authors; the test needs more than {shown}");

        var more = page.Locator("#facet-author button.more");
        await Expect(more).ToHaveTextAsync($"Show {distinct - shown} more");
        await more.ClickAsync();
        await Expect(page.Locator("#facet-author li")).ToHaveCountAsync(distinct);
        await Expect(more).ToHaveTextAsync("Show fewer");
    }

    [SkippableFact]
    public async Task Next_brings_the_top_of_the_new_results_into_view()
    {
        var page = await OpenAsync("/");
        await Expect(page.Locator("#summary")).ToHaveTextAsync("12 papers · page 1 of 2");
        var next = page.Locator("#pager a[aria-label='Next page']");
        await next.ScrollIntoViewIfNeededAsync();
        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0, "the pager should need scrolling to");
        await next.ClickAsync();
        await Expect(page.Locator("#summary")).ToHaveTextAsync("12 papers · page 2 of 2");
        var header = await HeaderBottom(page);
        var summaryTop = await Top(page.Locator("#summary"));
        Assert.True(summaryTop >= header, $"the results' top ({summaryTop}) is under the header ({header})");
        Assert.True(await Top(page.Locator("#results > .result").First) < 900, "the first result is below the viewport");
    }

    [SkippableFact]
    public async Task The_has_code_filter_comes_from_the_schema_and_filters()
    {
        var page = await OpenAsync("/");
        await Expect(page.Locator("#summary")).ToHaveTextAsync("12 papers · page 1 of 2");
        await page.Locator("#facet-hasCode label", new() { HasText = "With code" }).ClickAsync();
        await Expect(page.Locator("#summary")).ToHaveTextAsync("3 papers");
        Assert.Equal(["p01", "p02", "p08"], (await page.Locator("#results > .result").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.id)")).Order());
        await Expect(page.Locator("#results .badge")).ToHaveCountAsync(3);
        await Expect(page.Locator("#chips .chip")).ToHaveTextAsync("Code: yes ×");
        Assert.EndsWith("/?hasCode=true", page.Url, StringComparison.Ordinal);
        await page.Locator("#chips .chip").ClickAsync();
        await Expect(page.Locator("#summary")).ToHaveTextAsync("12 papers · page 1 of 2");
        await Expect(page.Locator("#facet-hasCode input")).Not.ToBeCheckedAsync();
    }

    [SkippableFact]
    public async Task Latex_in_titles_and_abstracts_is_shown_readably()
    {
        var page = await OpenAsync("/?q=nonlinearity");
        var title = page.Locator("#results .result[data-id=p05] .result-title");
        await Expect(title).ToHaveTextAsync("PanGu-π: Enhancing Language Model Architectures via Nonlinearity Compensation");

        await title.ClickAsync();
        await Expect(page.Locator("#paper-title")).ToHaveTextAsync("PanGu-π: Enhancing Language Model Architectures via Nonlinearity Compensation");
        var abstractText = page.Locator("#paper .abstract");
        await Expect(abstractText).ToContainTextAsync("(75.7% at n2 cost)");
        await Expect(abstractText.Locator("sup")).ToHaveTextAsync("2");
        Assert.DoesNotContain("$", await abstractText.InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("PanGu-π: Enhancing", await page.TitleAsync(), StringComparison.Ordinal);
        // the stored text stays as given
        var stored = await page.APIRequest.GetAsync("/api/papers/p05");
        Assert.Contains("($75.7\\\\%$ at $n^{2}$ cost)", await stored.TextAsync(), StringComparison.Ordinal);
    }
}
