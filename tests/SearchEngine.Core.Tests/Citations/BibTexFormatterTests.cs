using SearchEngine.Core.Citations;
using SearchEngine.Core.Papers;
using static SearchEngine.Core.Tests.Builders.PaperBuilder;

namespace SearchEngine.Core.Tests.Citations;

public sealed class BibTexFormatterTests
{
    [Fact]
    public void Conference_paper_is_inproceedings_with_authors_joined_by_and()
    {
        var text = BibTexFormatter.Format(Paper("p1", "GhostNet: More Features").Authors("Kai Han", "Yunhe Wang").Year(2020).Venue("CVPR").Topics("cs.CV").Build());
        Assert.Equal(
            "@inproceedings{han2020ghostnet,\n" +
            "  title = {GhostNet: More Features},\n" +
            "  author = {Kai Han and Yunhe Wang},\n" +
            "  year = {2020},\n" +
            "  booktitle = {CVPR},\n" +
            "  keywords = {cs.CV},\n" +
            "}\n", text);
    }

    [Theory]
    [InlineData(PublicationType.JournalArticle, "@article{", "  journal = {V},")]
    [InlineData(PublicationType.Preprint, "@misc{", "  howpublished = {V},")]
    public void Entry_type_follows_the_publication_type(PublicationType type, string start, string venueLine)
    {
        var text = BibTexFormatter.Format(Paper("p1", "T").Venue("V", type).Build());
        Assert.StartsWith(start, text, StringComparison.Ordinal);
        Assert.Contains(venueLine, text.Split('\n'));
    }

    [Theory]
    [InlineData("a {b} c", @"a \{b\} c")]
    [InlineData("unbalanced }{ braces", @"unbalanced \}\{ braces")]
    [InlineData("say \"hi\"", "say {\"}hi{\"}")]
    [InlineData(@"back\slash", @"back\textbackslash{}slash")]
    [InlineData("50% & $x$ #1 a_b", @"50\% \& \$x\$ \#1 a\_b")]
    [InlineData("a~b^c", @"a\textasciitilde{}b\textasciicircum{}c")]
    [InlineData("two\nlines", "two lines")]
    public void Escape_keeps_values_literal_inside_braces(string input, string expected) =>
        Assert.Equal(expected, BibTexFormatter.Escape(input));

    [Fact]
    public void A_title_cannot_break_out_of_its_field()
    {
        var text = BibTexFormatter.Format(Paper("p1", "x}, author = {Mallory").Build());
        Assert.Contains(@"  title = {x\}, author = \{Mallory},", text.Split('\n'));
        Assert.DoesNotContain(text.Split('\n'), l => l.StartsWith("  author", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_papers_are_separated_by_a_blank_line_with_unique_keys()
    {
        var a = Paper("p1", "Ghost").Authors("Kai Han").Year(2020).Build();
        var b = Paper("p2", "Ghost").Authors("Kai Han").Year(2020).Build();
        var text = BibTexFormatter.Format([a, b]);
        Assert.Equal("@misc{han2020ghost,\n  title = {Ghost},\n  author = {Kai Han},\n  year = {2020},\n}\n\n" +
                     "@misc{han2020ghosta,\n  title = {Ghost},\n  author = {Kai Han},\n  year = {2020},\n}\n", text);
    }

    [Fact]
    public void A_cut_author_list_ends_with_and_others()
    {
        var paper = Paper("p1", "GhostNet").Authors("Kai Han", "Yunhe Wang").Year(2020).Build() with { AuthorsTruncated = true };
        Assert.Contains("  author = {Kai Han and Yunhe Wang and others},", BibTexFormatter.Format(paper).Split('\n'));
    }
}
