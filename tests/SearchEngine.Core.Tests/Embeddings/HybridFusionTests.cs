using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;
using SearchEngine.Core.Search;
using SearchEngine.Core.Similar;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Embeddings;

/// <summary>Both fusion methods (<see cref="HybridOptions"/>) in similar papers and in hybrid search.</summary>
public sealed class HybridFusionTests(ModelFixture fixture) : IClassFixture<ModelFixture>
{
    private static PaperIndex Index(FusionMethod similar, FusionMethod search) => PaperIndex.InMemorySegments([TestCorpus.Papers],
        ranking: new RankingOptions { Hybrid = new HybridOptions { SimilarFusion = similar, SearchFusion = search } });

    [Theory]
    [InlineData(FusionMethod.Rrf)]
    [InlineData(FusionMethod.CombSum)]
    public void Similar_papers_rank_as_eval_ranks_them_best_first(FusionMethod fusion)
    {
        using var index = Index(fusion, FusionMethod.Rrf);
        var similar = new HybridSimilarPapers(index, new PaperVectors(fixture.Embedder()));
        var hybrid = similar.ForPaper("p01", 10, null, RetrievalMode.Hybrid)!;
        Assert.Equal(similar.Rank("p01", 10, RetrievalMode.Hybrid), hybrid.Hits.Select(h => h.Id).ToList());
        Assert.Equal("p02", hybrid.Hits[0].Id); // first in both lists
        Assert.All(hybrid.Hits.Zip(hybrid.Hits.Skip(1)), p => Assert.True(p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void Score_fusion_gives_the_first_of_both_lists_the_full_score()
    {
        using var index = Index(FusionMethod.CombSum, FusionMethod.Rrf);
        var similar = new HybridSimilarPapers(index, new PaperVectors(fixture.Embedder()));
        var hits = similar.ForPaper("p01", 10, null, RetrievalMode.Hybrid)!.Hits;
        Assert.Equal(1f, hits[0].Score, 5);
        Assert.All(hits, h => Assert.InRange(h.Score, 0f, 1f));
    }

    [Theory]
    [InlineData(FusionMethod.Rrf)]
    [InlineData(FusionMethod.CombSum)]
    public void Hybrid_search_reorders_the_matches_only_with_strictly_decreasing_scores(FusionMethod fusion)
    {
        using var index = Index(FusionMethod.CombSum, fusion);
        var vectors = new PaperVectors(fixture.Embedder());
        var search = new HybridSearch(new SearchService(index, vectors), vectors);
        var request = new SearchRequest { Query = "neural network safety" };
        var lexical = search.Rank(request, 100, RetrievalMode.Lexical);
        var hybrid = search.Rank(request, 100, RetrievalMode.Hybrid);
        Assert.True(lexical.Count > 2);
        Assert.Equal(lexical.Select(h => h.Id).Order(StringComparer.Ordinal), hybrid.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.All(hybrid.Zip(hybrid.Skip(1)), p => Assert.True(p.First.Score > p.Second.Score));
        Assert.Equal(hybrid, search.Rank(request, 100, RetrievalMode.Hybrid));
    }
}
