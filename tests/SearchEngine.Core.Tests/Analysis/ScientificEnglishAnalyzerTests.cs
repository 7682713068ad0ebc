using SearchEngine.Core.Analysis;
using SearchEngine.Core.Options;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Tests.Analysis;

public sealed class ScientificEnglishAnalyzerTests
{
    private static readonly Lucene.Net.Analysis.Analyzer Analyzer = PaperAnalyzers.Create(new AnalyzerOptions());

    private static List<string> Terms(string text, string field = PaperFields.Text) =>
        PaperAnalyzers.Terms(Analyzer, field, text);

    [Theory]
    [InlineData("Graph networks: the graph of graphs. GhostNetV2 beats GhostNet; networks, networking, 3.5 and 3.5.")]
    [InlineData("")]
    public void Analyzed_text_has_the_terms_counted_in_order_of_first_occurrence_and_each_tokens_characters(string text)
    {
        var terms = Terms(text);

        var analyzed = AnalyzedText.Of(Analyzer, PaperFields.Text, text);

        Assert.Equal(terms, analyzed.Tokens.Select(t => t.Term));
        Assert.Equal(terms.Distinct(), analyzed.Counts.Keys);
        Assert.Equal(terms.GroupBy(t => t).Select(g => g.Count()), analyzed.Counts.Values);
        // Every token's characters are the word it came from (GhostNetV2's parts lie inside it).
        Assert.All(analyzed.Tokens, t => Assert.Contains(t.Term[..Math.Min(3, t.Term.Length)],
            text[t.Start..t.End].ToLowerInvariant(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_and_abstract_analyzed_together_give_each_ones_own_tokens()
    {
        const string title = "GhostNetV2: Cheap Operations";
        const string abstractText = "We study networks' graphs.\nSecond line of GhostNet.";

        var together = AnalyzedText.Of(Analyzer, PaperFields.Text, title + "\n" + abstractText);

        var titleTokens = together.Tokens.Where(t => t.End <= title.Length).ToList();
        var abstractTokens = together.Tokens.Where(t => t.Start > title.Length)
            .Select(t => t with { Start = t.Start - title.Length - 1, End = t.End - title.Length - 1 }).ToList();
        Assert.Equal(AnalyzedText.Of(Analyzer, PaperFields.Title, title).Tokens, titleTokens);
        Assert.Equal(AnalyzedText.Of(Analyzer, PaperFields.Text, abstractText).Tokens, abstractTokens);
        Assert.Equal(together.Tokens.Count, titleTokens.Count + abstractTokens.Count);
    }

    [Fact]
    public void Model_names_are_findable_by_parts_family_and_whole()
    {
        var terms = Terms("GhostNetV2: Enhance");
        Assert.Contains("ghostnetv2", terms);
        Assert.Contains("ghostnet", terms);
        Assert.Contains("ghost", terms);
        Assert.Contains("net", terms);
    }

    [Fact]
    public void Yolo_versions_share_the_family_term()
    {
        Assert.Contains("yolo", Terms("YOLOv6"));
        Assert.Contains("yolov6", Terms("YOLOv6"));
    }

    [Fact]
    public void Hyphenated_terms_are_split_into_parts()
    {
        Assert.Equal(["semi", "supervis", "learn"], Terms("semi-supervised learning"));
        Assert.Equal(["llama", "2"], Terms("Llama-2"));
    }

    [Fact]
    public void Initials_and_abbreviations_are_not_split_into_single_letters()
    {
        Assert.Equal(["r.j", "lipton"], Terms("R.J. Lipton"));
        Assert.Equal(["e.g", "3.5"], Terms("e.g. 3.5"));
    }

    [Fact]
    public void Possessives_and_stop_words_are_removed_and_words_stemmed()
    {
        Assert.Equal(["network", "model"], Terms("the network's models"));
    }

    [Fact]
    public void Exact_title_field_keeps_stop_words_and_does_not_stem()
    {
        Assert.Equal(["the", "networks"], Terms("The Networks", PaperFields.TitleExact));
    }

    [Fact]
    public void Author_names_are_lower_cased_and_accent_folded()
    {
        Assert.Equal(["jose", "muller"], Terms("José Müller", PaperFields.Author));
    }
}
