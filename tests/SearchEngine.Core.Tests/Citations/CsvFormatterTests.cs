using SearchEngine.Core.Citations;
using static SearchEngine.Core.Tests.Builders.PaperBuilder;

namespace SearchEngine.Core.Tests.Citations;

public sealed class CsvFormatterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("", "")]
    public void Fields_are_quoted_only_when_needed_and_formulas_are_defused(string value, string expected) =>
        Assert.Equal(expected, CsvFormatter.Field(value));

    [Fact]
    public void Header_and_one_row_per_paper_with_crlf()
    {
        var paper = Paper("p1", "Ghost, Net").Authors("Kai Han", "Yunhe Wang").Year(2020).Venue("CVPR").Topics("cs.CV").Code()
            .Abstract("About \"ghosts\".").Build();
        Assert.Equal(
            "id,title,authors,authorsTruncated,year,venue,type,topics,hasCode,doi,url,abstract\r\n" +
            "p1,\"Ghost, Net\",Kai Han; Yunhe Wang,false,2020,CVPR,conference,cs.CV,true,,,\"About \"\"ghosts\"\".\"\r\n",
            CsvFormatter.Format([paper]));
    }

    [Fact]
    public void A_cut_author_list_is_marked()
    {
        var paper = Paper("p1", "Ghost").Authors("Kai Han").Build() with { AuthorsTruncated = true };
        var row = CsvFormatter.Format([paper]).Split("\r\n")[1];
        Assert.StartsWith("p1,Ghost,Kai Han,true,", row);
    }
}
