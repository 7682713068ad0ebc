using SearchEngine.Core.Search;
using SearchEngine.Core.Similar;

namespace SearchEngine.Core.Tests.Relevance;

/// <summary>
/// Known-item searches over the seed pages with the default ranking: a paper's distinctive words (a model name, a
/// phrase of its title) must rank that paper first; similar papers must share its subject.
/// </summary>
public sealed class KnownItemTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private string TopTitle(string query)
    {
        var request = SearchRequest.TryParse(new SearchParameters { Q = query }, out var errors);
        Assert.Empty(errors);
        var response = new SearchService(seeds.Index).Search(request!);
        Assert.NotEmpty(response.Hits);
        return response.Hits[0].Title;
    }

    [Theory]
    // Page 000 (author cluster)
    [InlineData("Wukong 72 transformations", "Wukong's 72 Transformations: High-fidelity Textured 3D Morphing via Flow Models")]
    [InlineData("MemoryFormer", "MemoryFormer : Minimize Transformer Computation by Removing Fully-Connected Layers")]
    [InlineData("HeadSculpt 3D head avatars", "HeadSculpt: Crafting 3D Head Avatars with Text")]
    [InlineData("budget-feasible mechanisms triple eagle", "Triple Eagle: Simple, Fast and Practical Budget-Feasible Mechanisms")]
    // Page 001 (researcher profile)
    [InlineData("SharpContour", "SharpContour: A Contour-based Boundary Refinement Approach for Efficient and Accurate Instance Segmentation")]
    [InlineData("photometric stereo non-Lambertian", "Deep Photometric Stereo for Non-Lambertian Surfaces")]
    [InlineData("OnlineVPO video preference optimization", "OnlineVPO: Align Video Diffusion Model with Online Video-Centric Preference Optimization")]
    // Page 002 (metrics profile)
    [InlineData("FastMIM", "FastMIM: Expediting Masked Image Modeling Pre-training for Vision")]
    [InlineData("TinySAM segment anything", "TinySAM: Pushing the Envelope for Efficient Segment Anything Model")]
    [InlineData("GhostNetV3", "GhostNetV3: Exploring the Training Strategies for Compact Models")]
    [InlineData("DenseMamba", "DenseMamba: State Space Models with Dense Hidden Connection for Efficient Large Language Models")]
    // Page 003 (researcher profile)
    [InlineData("DropNAS", "DropNAS: Grouped Operation Dropout for Differentiable Architecture Search")]
    [InlineData("discernible image compression", "Discernible Image Compression")]
    [InlineData("scientific control reliable pruning", "SCOP: Scientific Control for Reliable Neural Network Pruning")]
    [InlineData("GhostNet more features from cheap operations", "GhostNet: More Features from Cheap Operations")]
    // Page 004 (trending papers)
    [InlineData("UniRepLKNet", "UniRepLKNet: A Universal Perception Large-Kernel ConvNet for Audio, Video, Point Cloud, Time-Series and Image Recognition")]
    [InlineData("InceptionNeXt", "InceptionNeXt: When Inception Meets ConvNeXt")]
    [InlineData("\"visual attention network\"", "Visual Attention Network")]
    [InlineData("H-DenseUNet liver tumor segmentation", "H-DenseUNet: Hybrid Densely Connected UNet for Liver and Tumor Segmentation from CT Volumes")]
    public void Distinctive_words_rank_the_paper_first(string query, string title)
    {
        Assert.Equal(title, TopTitle(query));
    }

    private List<string> SimilarTitles(string title, int size)
    {
        var response = new SimilarPapers(seeds.Index).ForPaper(seeds.ByTitle(title).Id, size);
        Assert.NotNull(response);
        return response.Hits.Select(h => h.Title).ToList();
    }

    [Fact]
    public void The_GhostNet_papers_are_similar_to_each_other()
    {
        var similar = SimilarTitles("GhostNet: More Features from Cheap Operations", 5);
        Assert.Contains("GhostNetV2: Enhance Cheap Operation with Long-Range Attention", similar);
        Assert.Contains("GhostNets on Heterogeneous Devices via Cheap Operations", similar);
    }

    [Fact]
    public void Submodular_maximization_papers_are_similar_to_each_other()
    {
        var similar = SimilarTitles("Practical Parallel Algorithms for Submodular Maximization Subject to a Knapsack Constraint with Nearly Optimal Adaptivity", 5);
        Assert.True(similar.Count(t => t.Contains("Submodular", StringComparison.OrdinalIgnoreCase)) >= 3, string.Join(" | ", similar));
    }

    [Fact]
    public void The_FeFET_charge_trapping_papers_are_similar()
    {
        var similar = SimilarTitles("Impact of Interlayer and Ferroelectric Materials on Charge Trapping during Endurance Fatigue of FeFET with TiN/HfxZr1-xO2/interlayer/Si (MFIS) Gate Structure", 3);
        Assert.Contains(similar, t => t.StartsWith("Experimental Extraction and Simulation of Charge Trapping", StringComparison.Ordinal));
    }
}
