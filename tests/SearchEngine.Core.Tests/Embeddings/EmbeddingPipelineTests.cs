using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Embeddings;

public sealed class EmbeddingPipelineTests(ModelFixture fixture) : IClassFixture<ModelFixture>
{
    [Fact]
    public void The_build_embeds_every_paper_records_the_descriptor_and_a_different_one_forces_a_rebuild()
    {
        using var dir = new TempDir();
        var sources = Directory.CreateDirectory(Path.Combine(dir.Path, "src")).FullName;
        File.WriteAllText(Path.Combine(sources, "a.jsonl"),
            "{\"id\":\"a\",\"title\":\"Vision transformers\",\"abstract\":\"Images as patches.\"}\n" +
            "{\"id\":\"b\",\"title\":\"Dialogue safety\",\"abstract\":\"Chat models that refuse harm.\"}\n");
        var location = new IndexLocation(Path.Combine(dir.Path, "index"));
        var cacheDir = Path.Combine(location.Root, "vectors");
        var embedder = new Embedder(fixture.Text, new VectorCache(fixture.Text.Descriptor, cacheDir));

        var result = IndexPipeline.Build([sources], location, embedder: embedder);

        Assert.Equal(fixture.Text.Descriptor, result.Meta.Embedding);
        Assert.Equal(fixture.Model.Sha256, IndexMeta.Read(location.Current!).Embedding!.ModelSha256);
        // on disk for the next build: the two papers and the topic descriptions topic inference embedded
        Assert.Equal(2 + Core.Topics.TopicDescriptions.All().Count, new VectorCache(fixture.Text.Descriptor, cacheDir).Count);
        Assert.True(IndexPipeline.IsCurrent(location, [sources], fixture.Text.Descriptor));
        Assert.False(IndexPipeline.IsCurrent(location, [sources], fixture.Text.Descriptor with { MaxTokens = 128 }));
        Assert.False(IndexPipeline.IsCurrent(location, [sources], embedding: null)); // embeddings turned off
    }

    [Fact]
    public void An_index_is_searched_by_meaning_only_when_it_was_built_with_the_embedders_embedding()
    {
        using var dir = new TempDir();
        var sources = Directory.CreateDirectory(Path.Combine(dir.Path, "src")).FullName;
        File.WriteAllText(Path.Combine(sources, "a.jsonl"),
            "{\"id\":\"a\",\"title\":\"Vision transformers\",\"abstract\":\"Images as patches.\"}\n");
        var with = new IndexLocation(Path.Combine(dir.Path, "with"));
        var without = new IndexLocation(Path.Combine(dir.Path, "without"));
        var embedder = fixture.Embedder(); // not disposed: it would dispose the class's shared model
        IndexPipeline.Build([sources], with, embedder: embedder);
        IndexPipeline.Build([sources], without, embedder: null);

        using var embedded = PaperIndex.Open(with, new Core.Options.RankingOptions());
        using var plain = PaperIndex.Open(without, new Core.Options.RankingOptions());

        Assert.NotNull(embedded.VectorsWith(embedder));
        Assert.Null(embedded.VectorsWith(null));
        // Built without embeddings: searched lexically, never embedding every paper at its first search.
        Assert.Null(plain.VectorsWith(embedder));
    }
}
