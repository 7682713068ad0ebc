using Lucene.Net.Analysis;
using Lucene.Net.Search;
using SearchEngine.Core.Analysis;
using SearchEngine.Core.Options;
using SearchEngine.Core.Schema;
using SearchEngine.Core.Snippets;

namespace SearchEngine.Core.Tests.Snippets;

public sealed class SnippetBuilderTests
{
    private static readonly Analyzer Analyzer = PaperAnalyzers.Create(new AnalyzerOptions());
    private static readonly SnippetBuilder Builder = new(Analyzer);

    /// <summary>Query words analyzed like the abstract field, as the search layer would extract them.</summary>
    private static SnippetTerms QueryTerms(string query) =>
        SnippetTerms.Of([.. PaperAnalyzers.Terms(Analyzer, PaperFields.Text, query)]);

    [Theory]
    [InlineData("GhostNetV2: Enhance Cheap Operation", "We extend GhostNetV2 today. Networks of networks.\nCheap operations again.", "GhostNet cheap networks")]
    [InlineData("Graph Attention Networks", "  ", "attention networks")]
    [InlineData("Graph Attention Networks", "No word of the query here. A second sentence.", "transformer")]
    [InlineData("", "Only an abstract about R.J. Smith's graphs, e.g. 3.5 of them.", "graph smith")]
    public void A_paper_analyzed_once_for_the_request_gets_the_snippet_and_title_highlights_of_its_own_analysis(
        string title, string abstractText, string query)
    {
        using var index = Core.Indexing.PaperIndex.InMemory([Builders.PaperBuilder.Paper("p1", title).Abstract(abstractText).Build()]);
        using var context = index.Searchers.GetContext();
        var analyzed = new Core.Indexing.AnalyzedPapers(context.Reference, index.Analyzer).Of(0);
        var terms = QueryTerms(query);

        var fromRequest = Builder.Build(analyzed, terms);
        var alone = Builder.Build(analyzed.Paper.Title, analyzed.Paper.Abstract, terms);

        Assert.Equal(alone.Text, fromRequest.Text);
        Assert.Equal(alone.Highlights, fromRequest.Highlights);
        Assert.Equal(Builder.HighlightTitle(analyzed.Paper.Title ?? "", terms), Builder.HighlightTitle(analyzed, terms));
    }

    [Fact]
    public void Short_abstract_is_shown_whole_with_the_stemmed_match_highlighted()
    {
        var snippet = Builder.Build("T", "Deep networks learn features.", SnippetTerms.Of("network"));

        Assert.Equal("Deep networks learn features.", snippet.Text);
        Assert.Equal([new HighlightRange(5, 8)], snippet.Highlights);
        Assert.Equal("Deep <mark>networks</mark> learn features.", Marked(snippet));
    }

    [Fact]
    public void Query_words_match_other_inflections_through_the_analyzer()
    {
        var snippet = Builder.Build("T", "A network of networks, networking.", QueryTerms("networks"));

        Assert.Equal(["network", "networks", "networking"], snippet.HighlightedTexts);
    }

    [Fact]
    public void Title_is_used_when_the_abstract_is_blank()
    {
        var snippet = Builder.Build("Graph Attention Networks", "  ", QueryTerms("attention"));

        Assert.Equal("Graph <mark>Attention</mark> Networks", Marked(snippet));
    }

    [Fact]
    public void Overlapping_tokens_of_a_split_model_name_are_one_highlight()
    {
        var snippet = Builder.Build("T", "We extend GhostNetV2 today.", QueryTerms("GhostNet"));

        // why: the analyzer indexes "GhostNetV2" also as its family "ghostnet" (ModelFamilyFilter), whose offsets
        // span the whole word: the family query marks the versioned name once.
        Assert.Equal("We extend <mark>GhostNetV2</mark> today.", Marked(snippet));
    }

    [Fact]
    public void Whole_model_name_query_highlights_the_whole_name_once()
    {
        var snippet = Builder.Build("T", "We extend GhostNetV2 today.", QueryTerms("GhostNetV2"));

        Assert.Equal("We extend <mark>GhostNetV2</mark> today.", Marked(snippet));
    }

    [Fact]
    public void Adjacent_matches_stay_separate_highlights()
    {
        var snippet = Builder.Build("T", "graph neural network", QueryTerms("graph neural network"));

        Assert.Equal("<mark>graph</mark> <mark>neural</mark> <mark>network</mark>", Marked(snippet));
    }

    [Fact]
    public void Long_abstract_is_cut_around_the_cluster_with_most_distinct_terms()
    {
        var text =
            "Graphs are everywhere. A graph can be large, and a graph can be small, and every graph has nodes " +
            "and edges that connect the nodes of it together in many ways. Filler sentence one is here. " +
            "Filler sentence two is here too. Filler sentence three closes the first part of the text. " +
            "We propose a graph neural network for molecules. More filler follows the main sentence and " +
            "goes on for a while so that the text is long enough to be cut at both ends by the builder here. " +
            "A closing sentence adds yet more words at the very end of this abstract.";

        var snippet = Builder.Build("T", text, QueryTerms("graph neural network"));

        Assert.Equal(
            "…We propose a graph neural network for molecules. More filler follows the main sentence and goes on " +
            "for a while so that the text is long enough to be cut at both ends by the builder here. A closing…",
            snippet.Text);
        Assert.Equal(["graph", "neural", "network"], snippet.HighlightedTexts);
    }

    [Fact]
    public void Mid_sentence_cut_keeps_some_words_before_the_match_and_cuts_at_word_boundaries()
    {
        var text = string.Join(' ', Enumerable.Range(0, 100).Select(i => i == 50 ? "target" : $"w{i}"));

        var snippet = Builder.Build("T", text, SnippetTerms.Of("target"));

        Assert.Equal(
            "…w35 w36 w37 w38 w39 w40 w41 w42 w43 w44 w45 w46 w47 w48 w49 target " +
            string.Join(' ', Enumerable.Range(51, 33).Select(i => $"w{i}")) + "…",
            snippet.Text);
        Assert.Equal([new HighlightRange(61, 6)], snippet.Highlights);
        Assert.Equal(["target"], snippet.HighlightedTexts);
    }

    [Fact]
    public void Among_equally_diverse_windows_the_one_with_more_matches_wins()
    {
        var padding = string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet. ", 10));
        var text = "Alpha beta once. " + padding + "Alpha beta alpha beta twice. " + padding;

        var snippet = Builder.Build("T", text, QueryTerms("alpha beta"));

        Assert.Equal(4, snippet.Highlights.Count);
        Assert.Contains("Alpha beta alpha beta twice.", snippet.Text);
    }

    [Fact]
    public void No_match_shows_the_first_sentence()
    {
        var snippet = Builder.Build("T", "We study cats, e.g. the tabby. Then we study dogs.", SnippetTerms.Of("zebra"));

        Assert.Equal("We study cats, e.g. the tabby.", snippet.Text);
        Assert.Empty(snippet.Highlights);
    }

    [Fact]
    public void A_long_first_sentence_is_cut_at_a_word_boundary()
    {
        var words = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"word{i}"));

        var snippet = Builder.Build("T", words + ". Second.", SnippetTerms.None);

        Assert.EndsWith("…", snippet.Text);
        var body = snippet.Text[..^1];
        Assert.True(body.Length <= SnippetBuilder.DefaultMaxChars);
        Assert.StartsWith(body + " ", words);
        Assert.Matches(@"word\d+$", body);
    }

    [Fact]
    public void Markup_in_an_abstract_stays_plain_text()
    {
        var snippet = Builder.Build("T", "Attacks <script>alert(1)</script> on networks & \"models\".",
            QueryTerms("network"));

        // why: snippets are data; escaping is the renderer's job (the page inserts text nodes).
        Assert.Equal("Attacks <script>alert(1)</script> on networks & \"models\".", snippet.Text);
        Assert.Equal(["networks"], snippet.HighlightedTexts);
    }

    [Fact]
    public void Title_highlights_cover_the_matched_words_of_the_whole_title()
    {
        var ranges = Builder.HighlightTitle("Graph Attention Networks for Graphs", QueryTerms("graph network"));

        Assert.Equal([new HighlightRange(0, 5), new HighlightRange(16, 8), new HighlightRange(29, 6)], ranges);
    }

    [Fact]
    public void Offsets_are_right_after_non_ascii_characters()
    {
        var snippet = Builder.Build("T", "Estimating π in a café with ÉCOLE networks.", QueryTerms("π café networks"));

        Assert.Equal(["π", "café", "networks"], snippet.HighlightedTexts);
        Assert.Equal("Estimating <mark>π</mark> in a <mark>café</mark> with ÉCOLE <mark>networks</mark>.",
            Marked(snippet));
    }

    [Fact]
    public void Prefix_terms_match_the_start_of_words()
    {
        var terms = SnippetTerms.FromQuery(new Lucene.Net.Search.BooleanQuery(), ["transf*"]);

        var snippet = Builder.Build("T", "Transformers transfer knowledge.", terms);

        Assert.Equal(["Transformers", "transfer"], snippet.HighlightedTexts);
    }

    [Fact]
    public void Empty_paper_gives_an_empty_snippet()
    {
        Assert.Same(Snippet.Empty, Builder.Build("", "", SnippetTerms.Of("x")));
    }

    [Fact]
    public void Line_breaks_become_spaces_without_moving_highlights()
    {
        var snippet = Builder.Build("T", "Deep\nnetworks\r\nlearn.", SnippetTerms.Of("network"));

        Assert.Equal("Deep networks  learn.", snippet.Text);
        Assert.Equal(["networks"], snippet.HighlightedTexts);
    }

    /// <summary>The snippet with its highlights marked, for readable assertions (no escaping: test texts are plain).</summary>
    private static string Marked(Snippet snippet)
    {
        var text = snippet.Text;
        foreach (var h in snippet.Highlights.Reverse())
        {
            text = text[..h.Start] + "<mark>" + text[h.Start..h.End] + "</mark>" + text[h.End..];
        }
        return text;
    }
}
