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
    public void Term_counts_are_the_terms_counted_in_order_of_first_occurrence(string text)
    {
        var terms = Terms(text);

        var counts = PaperAnalyzers.TermCounts(Analyzer, PaperFields.Text, text);

        Assert.Equal(terms.Distinct(), counts.Keys);
        Assert.Equal(terms.GroupBy(t => t).Select(g => g.Count()), counts.Values);
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
