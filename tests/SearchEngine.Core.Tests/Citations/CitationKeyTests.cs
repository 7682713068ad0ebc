using SearchEngine.Core.Citations;
using static SearchEngine.Core.Tests.Builders.PaperBuilder;

namespace SearchEngine.Core.Tests.Citations;

public sealed class CitationKeyTests
{
    [Theory]
    [InlineData("GhostNet: More Features", "Kai Han", 2020, "han2020ghostnet")]
    [InlineData("The Art of Computer Programming", "Donald E. Knuth", 1968, "knuth1968art")]
    [InlineData("A Survey of Graph Neural Networks", "Alan Turing", 2020, "turing2020survey")]
    [InlineData("Über Müller-Lyer", "Jörg Müller", 2001, "muller2001uber")]
    [InlineData("On-Device Learning", "Li Wei", 2022, "wei2022device")]
    public void Key_is_surname_year_and_first_significant_title_word(string title, string author, int year, string key) =>
        Assert.Equal(key, CitationKey.For(Paper("x", title).Authors(author).Year(year).Build()));

    [Fact]
    public void Key_is_stable_and_never_empty()
    {
        var paper = Paper("p-7", "!!!").Build();
        Assert.Equal("paperp7", CitationKey.For(paper));
        Assert.Equal(CitationKey.For(paper), CitationKey.For(paper));
    }

    [Fact]
    public void Duplicate_keys_in_one_list_get_letter_suffixes()
    {
        var p = Paper("x", "Ghost").Authors("Kai Han").Year(2020).Build();
        Assert.Equal(["han2020ghost", "han2020ghosta", "han2020ghostb"], CitationKey.Unique([p, p with { Id = "y" }, p with { Id = "z" }]));
    }

    [Fact]
    public void Without_authors_the_key_starts_with_the_title_word_not_the_year()
    {
        Assert.Equal("ghostnet2020", CitationKey.For(Paper("x", "GhostNet: More Features").Year(2020).Build()));
        Assert.Equal("ghostnet", CitationKey.For(Paper("x", "GhostNet: More Features").Build()));
    }
}
