using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SearchEngine.Core.Analysis;
using SearchEngine.Core.Options;
using SearchEngine.Core.Snippets;

namespace SearchEngine.Core.Tests.Snippets;

public sealed class SnippetHtmlTests
{
    private static readonly SnippetBuilder Builder = new(PaperAnalyzers.Create(new AnalyzerOptions()));

    [Fact]
    public void Escapes_all_five_special_characters_and_keeps_unicode()
    {
        Assert.Equal("&amp;&lt;&gt;&quot;&#39; é π", SnippetHtml.Escape("&<>\"' é π"));
    }

    [Fact]
    public void Wraps_each_range_in_mark_after_escaping()
    {
        var snippet = new Snippet("a<b & c", [new HighlightRange(1, 1), new HighlightRange(4, 1)]);

        Assert.Equal("a<mark>&lt;</mark>b <mark>&amp;</mark> c", SnippetHtml.Render(snippet));
    }

    [Fact]
    public void Out_of_range_and_overlapping_ranges_are_clipped()
    {
        var snippet = new Snippet("abcdef",
            [new HighlightRange(4, 10), new HighlightRange(-3, 5), new HighlightRange(1, 2)]);

        Assert.Equal("<mark>ab</mark><mark>c</mark>d<mark>ef</mark>", SnippetHtml.Render(snippet));
    }

    [Property(MaxTest = 300)]
    public bool Rendering_a_built_snippet_of_random_text_round_trips(NonNull<string> text, PositiveInt pick)
    {
        // Query terms: a word of the text itself, so random texts do produce highlights.
        var words = text.Get.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var terms = words.Length == 0 ? SnippetTerms.None
            : SnippetTerms.Of([.. PaperAnalyzers.Terms(PaperAnalyzers.Create(new AnalyzerOptions()), "abstract",
                words[pick.Get % words.Length])]);
        var snippet = Builder.Build("title", text.Get, terms);

        return RoundTrips(snippet);
    }

    [Property(MaxTest = 300)]
    public bool Rendering_arbitrary_ranges_never_throws_and_round_trips(NonNull<string> text, (int, int)[] ranges)
    {
        var snippet = new Snippet(text.Get, [.. (ranges ?? []).Select(r => new HighlightRange(r.Item1, r.Item2))]);

        return RoundTrips(snippet);
    }

    private static bool RoundTrips(Snippet snippet)
    {
        var html = SnippetHtml.Render(snippet);
        var unmarked = html.Replace("<mark>", "").Replace("</mark>", "");
        return !unmarked.Contains('<') && !unmarked.Contains('>') && Unescape(unmarked) == snippet.Fragment;
    }

    private static string Unescape(string html) => html
        .Replace("&lt;", "<").Replace("&gt;", ">").Replace("&quot;", "\"").Replace("&#39;", "'")
        .Replace("&amp;", "&");
}
