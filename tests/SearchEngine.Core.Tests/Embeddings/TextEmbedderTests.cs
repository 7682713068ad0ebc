using System.Numerics.Tensors;
using SearchEngine.Core.Embeddings;

namespace SearchEngine.Core.Tests.Embeddings;

public sealed class TextEmbedderTests(ModelFixture fixture) : IClassFixture<ModelFixture>
{
    [Fact]
    public void The_model_loads_offline_from_the_package_dll()
    {
        var names = PackageResources.Names(MiniLmModel.DefaultPath());
        Assert.Contains(names, n => n.EndsWith(".model.onnx", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(".vocab.txt", StringComparison.Ordinal));
        Assert.Equal(90_893_304, fixture.Model.Onnx.Length);
        Assert.Equal(64, fixture.Model.Sha256.Length);
    }

    [Fact]
    public void Vectors_are_unit_length_with_384_dimensions()
    {
        var vector = fixture.Text.Embed("Attention is all you need");
        Assert.Equal(384, vector.Length);
        Assert.Equal(1.0, TensorPrimitives.Norm(vector), 3);
    }

    /// <summary>
    /// The model card's sentence-similarity example for all-MiniLM-L6-v2 (sentence-transformers, mean pooling,
    /// normalized): "That is a happy person" against three sentences. Matching it within 0.005 shows the
    /// tokenizer, pooling and normalization reproduce the reference pipeline.
    /// </summary>
    [Theory]
    [InlineData("That is a happy dog", 0.695)]
    [InlineData("That is a very happy person", 0.943)]
    [InlineData("Today is a sunny day", 0.257)]
    public void Cosines_match_the_reference_model(string other, double expected)
    {
        var vectors = fixture.Text.Embed(["That is a happy person", other]);
        Assert.InRange(TensorPrimitives.Dot(vectors[0], vectors[1]), expected - 0.005, expected + 0.005);
    }

    [Fact]
    public void Related_texts_rank_above_unrelated_ones()
    {
        var query = fixture.Text.Embed("convolutional neural networks for image classification");
        var texts = new[]
        {
            "Sparse matrix hashing. We compress sparse matrices with locality-sensitive hashing for fast lookup.",
            "Deep residual learning for image recognition. We train very deep convolutional networks on ImageNet.",
            "A clinical study of stroke rehabilitation. Patients recovered motor function after therapy.",
        };
        var vectors = fixture.Text.Embed(texts);
        var ranked = Enumerable.Range(0, texts.Length).OrderByDescending(i => TensorPrimitives.Dot(query, vectors[i])).ToList();
        Assert.Equal(1, ranked[0]);
    }

    [Fact]
    public void Batched_and_single_embeddings_agree()
    {
        var texts = new[] { "short text", "a much longer text about graph neural networks for molecules and proteins" };
        var batched = fixture.Text.Embed(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.True(TensorPrimitives.CosineSimilarity(batched[i], fixture.Text.Embed(texts[i])) > 0.9999);
        }
    }

    [Fact]
    public void Long_texts_are_capped_not_rejected()
    {
        var text = string.Join(' ', Enumerable.Repeat("transformer", 2_000));
        Assert.Equal(384, fixture.Text.Embed(text).Length);
    }

    [Fact]
    public void Int8_quantization_keeps_cosines_within_a_hundredth()
    {
        var vectors = fixture.Text.Embed(["graph clustering with spectral methods", "spectral clustering of graphs"]);
        var exact = TensorPrimitives.Dot(vectors[0], vectors[1]);
        var quantized = QuantizedVector.From(vectors[0]).Dot(QuantizedVector.From(vectors[1]));
        Assert.Equal(exact, quantized, 2);
    }
}
