using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Embeddings;

public sealed class VectorCacheTests
{
    private static readonly EmbeddingDescriptor Descriptor = new() { ModelSha256 = "test" };

    private static QuantizedVector Vector(float first) =>
        QuantizedVector.From(Enumerable.Range(0, Descriptor.Dimensions).Select(i => i == 0 ? first : 0.01f).ToArray());

    [Fact]
    public void Vectors_survive_reopening_and_a_torn_last_record_is_ignored()
    {
        using var dir = new TempDir();
        var cache = new VectorCache(Descriptor, dir.Path);
        cache.AddRange([(EmbeddingText.Hash("a"), Vector(0.5f)), (EmbeddingText.Hash("b"), Vector(-0.5f))]);
        File.AppendAllText(cache.FilePath!, "torn");

        var reopened = new VectorCache(Descriptor, dir.Path);
        Assert.Equal(2, reopened.Count);
        Assert.True(reopened.TryGet(EmbeddingText.Hash("b"), out var b));
        Assert.Equal(-127, b.Values[0]);
    }

    [Fact]
    public void Refresh_reads_what_another_process_appended()
    {
        using var dir = new TempDir();
        var server = new VectorCache(Descriptor, dir.Path);
        server.AddRange([(EmbeddingText.Hash("a"), Vector(0.5f))]);
        var builder = new VectorCache(Descriptor, dir.Path);
        builder.AddRange([(EmbeddingText.Hash("b"), Vector(-0.5f))]);
        Assert.False(server.TryGet(EmbeddingText.Hash("b"), out _));

        server.Refresh();

        Assert.True(server.TryGet(EmbeddingText.Hash("b"), out var b));
        Assert.Equal(-127, b.Values[0]);
        Assert.Equal(2, server.Count);
    }

    [Fact]
    public void Another_descriptor_uses_another_file()
    {
        using var dir = new TempDir();
        new VectorCache(Descriptor, dir.Path).AddRange([(EmbeddingText.Hash("a"), Vector(0.5f))]);
        var other = new VectorCache(Descriptor with { MaxTokens = 128 }, dir.Path);
        Assert.Equal(0, other.Count);
    }

    [Fact]
    public void Int8_dot_product_matches_the_scalar_sum()
    {
        var random = new Random(7);
        var a = Enumerable.Range(0, 389).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
        var b = Enumerable.Range(0, 389).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
        Assert.Equal(a.Zip(b, (x, y) => x * y).Sum(), Int8Math.Dot(a, b));
    }

    [Fact]
    public void Embedded_text_is_title_dot_abstract()
    {
        Assert.Equal("Vision GNN. An image is a graph.", EmbeddingText.Of("Vision GNN", "An image is a graph."));
        Assert.Equal("Why? Because.", EmbeddingText.Of("Why?", "Because."));
        Assert.Equal("Only a title", EmbeddingText.Of("Only a title", null));
    }
}
