using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Search;
using SearchEngine.Core.Similar;
using SearchEngine.Core.Tests.Embeddings;

namespace SearchEngine.Core.Tests.Relevance;

/// <summary>
/// Similar papers over the seed pages with embeddings (issue 13's goal): "Vision GNN"'s five nearest in semantic and
/// hybrid mode are vision papers, not the graph-clustering or sparse-matrix ones that share its word "graph".
/// </summary>
public sealed class SemanticSimilarSeedTests(SeedIndexFixture seeds, ModelFixture model)
    : IClassFixture<SeedIndexFixture>, IClassFixture<ModelFixture>
{
    private const string VisionGnn = "Vision GNN: An Image is Worth Graph of Nodes";

    [Fact]
    public void Vision_gnn_neighbours_are_vision_papers_in_semantic_and_hybrid_mode()
    {
        // why: one embedder for both modes (embedding the 208 seed papers is most of the test's time); not disposed:
        // it would dispose the fixture's shared model.
        var similar = new HybridSimilarPapers(seeds.Index, new PaperVectors(model.Embedder()));
        foreach (var mode in new[] { RetrievalMode.Semantic, RetrievalMode.Hybrid }) AssertVisionNeighbours(similar, mode);
    }

    private void AssertVisionNeighbours(HybridSimilarPapers similar, RetrievalMode mode)
    {
        var titles = similar.ForPaper(seeds.ByTitle(VisionGnn).Id, 5, null, mode)!.Hits.Select(h => h.Title).ToList();

        Assert.Equal(5, titles.Count);
        Assert.DoesNotContain("Extending Bootstrap AMG for Clustering of Attributed Graphs", titles);
        Assert.DoesNotContain("SMASH: Sparse Matrix Atomic Scratchpad Hashing", titles);
        Assert.DoesNotContain("Chromatic Correlation Clustering, Revisited", titles);
        // why: every neighbour (measured 2026-12-01) is an image model: detectors, vision transformers, backbones.
        string[] vision = ["vision", "image", "object", "detect", "transformer", "convolutional", "yolo", "pyramid"];
        Assert.All(titles, t => Assert.Contains(vision, v => t.Contains(v, StringComparison.OrdinalIgnoreCase)));
    }
}
