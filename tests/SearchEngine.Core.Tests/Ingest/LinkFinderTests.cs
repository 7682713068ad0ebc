using SearchEngine.Core.Ingest;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Tests.Relevance;

namespace SearchEngine.Core.Tests.Ingest;

public sealed class LinkFinderTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private static List<string> Links(string text) =>
        LinkFinder.Find(text, null, null, null).Select(l => $"{l.Kind} {l.Url} {l.Origin}").ToList();

    [Theory]
    [InlineData("Code is available at https://github.com/huawei-noah/ghostnet", "code https://github.com/huawei-noah/ghostnet abstract")]
    [InlineData("Code: https: //github. com/Equationliu/Kangaroo.", "code https://github.com/Equationliu/Kangaroo abstract")]
    [InlineData("see \\url{https://gitee.com/mindspore/models/tree/master/research/cv/TNT}.", "code https://gitee.com/mindspore/models/tree/master/research/cv/TNT abstract")]
    [InlineData("models at huggingface.co/openai/clip (MIT).", "code https://huggingface.co/openai/clip abstract")]
    [InlineData("(code: https://bitbucket.org/team/repo).", "code https://bitbucket.org/team/repo abstract")]
    [InlineData("Project page: https: //visual-ai. github. io/3drs/", "web https://visual-ai.github.io/3drs abstract")]
    [InlineData("Extended from arXiv:2103.00112v2.", "arxiv https://arxiv.org/abs/2103.00112v2 abstract")]
    [InlineData("See https://arxiv.org/pdf/1911.11907.pdf for details", "arxiv https://arxiv.org/abs/1911.11907 abstract")]
    [InlineData("Published as doi:10.1109/CVPR42600.2020.00165.", "doi https://doi.org/10.1109/CVPR42600.2020.00165 abstract")]
    [InlineData("https://doi.org/10.1145/3292500.3330701", "doi https://doi.org/10.1145/3292500.3330701 abstract")]
    public void Links_in_the_abstract_are_found_and_classified(string text, string link) =>
        Assert.Equal([link], Links(text));

    [Theory]
    [InlineData("We improve accuracy by 10.5% on ImageNet.")]
    [InlineData("The github.com website hosts code.")]
    [InlineData("A study of https: // malformed")]
    public void Text_without_links_gives_none(string text) => Assert.Empty(Links(text));

    [Fact]
    public void A_source_link_wins_over_the_same_link_in_the_abstract()
    {
        var links = LinkFinder.Find("See https://doi.org/10.1/x and https://github.com/a/b", "10.1/x", "https://arxiv.org/abs/2101.00001", null);
        Assert.Equal(
            ["doi https://doi.org/10.1/x source", "arxiv https://arxiv.org/abs/2101.00001 source", "code https://github.com/a/b abstract"],
            links.Select(l => $"{l.Kind} {l.Url} {l.Origin}"));
    }

    [Fact]
    public void A_code_link_in_the_abstract_gives_the_seed_paper_code()
    {
        var ghostNet = seeds.ByTitle("GhostNet: More Features from Cheap Operations");
        Assert.True(ghostNet.HasCode);
        Assert.Equal("https://github.com/huawei-noah/ghostnet", ghostNet.CodeUrl);
        Assert.Contains(new PaperLink(PaperLink.Code, "https://github.com/huawei-noah/ghostnet", PaperLink.FromAbstract), ghostNet.Links);
    }
}
