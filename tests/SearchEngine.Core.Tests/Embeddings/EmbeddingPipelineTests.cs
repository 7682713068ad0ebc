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
}
