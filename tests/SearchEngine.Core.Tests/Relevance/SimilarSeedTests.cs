using SearchEngine.Core.Similar;

namespace SearchEngine.Core.Tests.Relevance;

/// <summary>
/// Similar papers over the seed pages with the default settings: the "why similar" terms are words of the paper's
/// subject (no URL parts, numbers or stop words, at most <see cref="SimilarPapers.MaxTerms"/>), and so are the papers.
/// </summary>
public sealed class SimilarSeedTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private const string VisionGnn = "Vision GNN: An Image is Worth Graph of Nodes";

    private SimilarResponse Similar(string title, int size)
    {
        var response = new SimilarPapers(seeds.Index).ForPaper(seeds.ByTitle(title).Id, size);
        Assert.NotNull(response);
        return response;
    }

    [Fact]
    public void Why_similar_terms_exclude_url_parts_numbers_and_stop_words_and_are_few()
    {
        var terms = Similar(VisionGnn, 5).Terms;
        Assert.InRange(terms.Count, 1, SimilarPapers.MaxTerms);
        Assert.True(SimilarPapers.MaxTerms <= 12);
        // why: the abstract ends "The PyTorch code is available at https://github.com/huawei-noah/Efficient-AI-Backbones
        // and the MindSpore code is available at https://gitee.com/mindspore/models".
        string[] urlParts = ["url", "com", "https", "http", "www", "github", "gitee", "huawei", "noah", "backbones"];
        Assert.DoesNotContain(terms, t => urlParts.Contains(t));
        Assert.DoesNotContain(terms, t => t.Any(char.IsDigit));
        Assert.DoesNotContain(terms, t => t is "the" or "is" or "of" or "an" or "a");
        Assert.Contains("graph", terms);
    }

    [Fact]
    public void Papers_sharing_only_generic_graph_words_are_not_among_the_top_five()
    {
        var titles = Similar(VisionGnn, 5).Hits.Select(h => h.Title).ToList();
        Assert.DoesNotContain("Extending Bootstrap AMG for Clustering of Attributed Graphs", titles);
        Assert.DoesNotContain("SMASH: Sparse Matrix Atomic Scratchpad Hashing", titles);
        Assert.DoesNotContain("Chromatic Correlation Clustering, Revisited", titles);
    }
}
