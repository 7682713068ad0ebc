using SearchEngine.Core.Citations;
using SearchEngine.Core.Papers;
using static SearchEngine.Core.Tests.Builders.PaperBuilder;

namespace SearchEngine.Core.Tests.Citations;

public sealed class RisFormatterTests
{
    [Fact]
    public void Journal_article_record()
    {
        var paper = Paper("p9", "A Survey of Graph Neural Networks").Authors("Alan Turing", "Ada Lovelace").Year(2020)
            .Venue("TPAMI", PublicationType.JournalArticle).Abstract("Graphs.\nMessage passing.").Topics("cs.LG").Build() with { Doi = "10.1/x" };
        Assert.Equal(
            "TY  - JOUR\r\nID  - turing2020survey\r\nTI  - A Survey of Graph Neural Networks\r\nAU  - Alan Turing\r\nAU  - Ada Lovelace\r\n" +
            "PY  - 2020\r\nJO  - TPAMI\r\nAB  - Graphs. Message passing.\r\nKW  - cs.LG\r\nDO  - 10.1/x\r\nER  - \r\n",
            RisFormatter.Format(paper));
    }

    [Fact]
    public void Unknown_type_is_generic_and_a_line_break_cannot_start_a_new_tag()
    {
        var text = RisFormatter.Format(Paper("p", "Title\r\nER  - \r\nTY  - JOUR").Build());
        Assert.Equal("TY  - GEN\r\nID  - title\r\nTI  - Title ER  -  TY  - JOUR\r\nER  - \r\n", text);
    }

    [Fact]
    public void A_cut_author_list_ends_with_an_others_line()
    {
        var paper = Paper("p1", "GhostNet").Authors("Kai Han", "Yunhe Wang").Build() with { AuthorsTruncated = true };
        var lines = RisFormatter.Format(paper).Split("\r\n");
        Assert.Equal(["AU  - Kai Han", "AU  - Yunhe Wang", "AU  - others"], lines.Where(l => l.StartsWith("AU", StringComparison.Ordinal)));
    }
}
