using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Search;
using SearchEngine.Core.Similar;
using SearchEngine.Core.Tests.Builders;
using static SearchEngine.Core.Tests.Builders.PaperBuilder;

namespace SearchEngine.Core.Tests.Embeddings;

public sealed class SemanticSimilarTests(ModelFixture fixture) : IClassFixture<ModelFixture>
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Semantic_neighbours_of_a_paper_share_its_subject_across_segments(int segments)
    {
        using var index = TestCorpus.Index(segments);
        var similar = new HybridSimilarPapers(index, new PaperVectors(fixture.Embedder()));
        var response = similar.ForPaper("p07", 3, null, RetrievalMode.Semantic)!;
        Assert.Equal("semantic", response.Mode);
        Assert.DoesNotContain(response.Hits, h => h.Id == "p07");
        Assert.Equal("p12", response.Hits[0].Id); // dialogue safety, the other dialogue paper
    }

    [Theory]
    [InlineData(RetrievalMode.Semantic)]
    [InlineData(RetrievalMode.Hybrid)]
    public void Filters_apply_to_semantic_and_hybrid_results(RetrievalMode mode)
    {
        using var index = TestCorpus.Index(3);
        var similar = new HybridSimilarPapers(index, new PaperVectors(fixture.Embedder()));
        var filters = SearchFilters.Of(("venue", "arXiv"));
        var response = similar.ForPaper("p01", 10, filters, mode)!;
        Assert.NotEmpty(response.Hits);
        Assert.All(response.Hits, h => Assert.Equal("arXiv", h.Venue));
        var text = similar.ForText("a dialogue model for chat safety", 10, filters, mode);
        Assert.All(text.Hits, h => Assert.Equal("arXiv", h.Venue));
    }

    [Fact]
    public void Hybrid_keeps_the_lexical_why_similar_terms_and_fuses_both_lists()
    {
        using var index = TestCorpus.Index();
        var similar = new HybridSimilarPapers(index, new PaperVectors(fixture.Embedder()));
        var hybrid = similar.ForPaper("p01", 5, null, RetrievalMode.Hybrid)!;
        Assert.Equal("hybrid", hybrid.Mode);
        Assert.NotEmpty(hybrid.Terms);
        Assert.Equal("p02", hybrid.Hits[0].Id); // first in both lists
        Assert.Equal(similar.Rank("p01", 5, RetrievalMode.Hybrid), hybrid.Hits.Select(h => h.Id).ToList());
    }

    [Fact]
    public void A_pasted_text_finds_papers_by_meaning_without_shared_words()
    {
        using var index = TestCorpus.Index();
        var similar = new HybridSimilarPapers(index, new PaperVectors(fixture.Embedder()));
        // No word in common with p09 ("graph neural networks ... message passing").
        var response = similar.ForText("learning on relational structures such as molecules and social networks", 3, null, RetrievalMode.Semantic);
        Assert.Equal("p09", response.Hits[0].Id);
    }

    [Fact]
    public void Upserted_papers_are_embedded_and_deleted_ones_never_return()
    {
        using var index = TestCorpus.Index();
        var embedder = fixture.Embedder();
        var similar = new HybridSimilarPapers(index, new PaperVectors(embedder));
        Assert.Equal("p12", similar.ForPaper("p07", 1, null, RetrievalMode.Semantic)!.Hits[0].Id);

        index.Upsert([Paper("p13", "Safety of chat assistants built on Llama-2").Abstract("We evaluate dialogue safety of fine-tuned Llama-2 chat models.").Build()]);
        index.Delete("p12");
        var after = similar.ForPaper("p07", 3, null, RetrievalMode.Semantic)!;
        Assert.Equal("p13", after.Hits[0].Id);
        Assert.DoesNotContain(after.Hits, h => h.Id == "p12");
        Assert.Equal(TestCorpus.Papers.Count + 1, embedder.Cache.Count);
    }

    [Fact]
    public void Without_vectors_every_mode_falls_back_to_lexical()
    {
        using var index = TestCorpus.Index();
        var similar = new HybridSimilarPapers(index, vectors: null);
        Assert.Equal(RetrievalMode.Lexical, similar.DefaultMode);
        Assert.Equal("lexical", similar.ForPaper("p01", 3, null, RetrievalMode.Hybrid)!.Mode);
    }

    [Fact]
    public void Modes_parse_and_need_embeddings()
    {
        Assert.Equal(RetrievalMode.Hybrid, RetrievalModes.TryParse(null, RetrievalMode.Hybrid, embeddings: true, out _));
        Assert.Equal(RetrievalMode.Lexical, RetrievalModes.TryParse(null, RetrievalMode.Hybrid, embeddings: false, out _));
        Assert.Null(RetrievalModes.TryParse("dense", RetrievalMode.Hybrid, embeddings: true, out var unknown));
        Assert.Equal(Core.Errors.SearchErrorCode.UnknownMode, unknown[0].Code);
        Assert.Null(RetrievalModes.TryParse("semantic", RetrievalMode.Lexical, embeddings: false, out var off));
        Assert.Equal(Core.Errors.SearchErrorCode.EmbeddingsOff, off[0].Code);
    }
}
