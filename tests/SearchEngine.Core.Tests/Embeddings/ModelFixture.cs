using SearchEngine.Core.Embeddings;

namespace SearchEngine.Core.Tests.Embeddings;

/// <summary>One loaded model per test class (≈ 0.5 s to load; the ONNX session is thread-safe).</summary>
public sealed class ModelFixture : IDisposable
{
    public ModelFixture()
    {
        Model = MiniLmModel.Default
            ?? throw new InvalidOperationException($"model file missing: {MiniLmModel.DefaultPath()} (restore the packages)");
        Text = new TextEmbedder(Model);
    }

    public MiniLmModel Model { get; }
    public TextEmbedder Text { get; }

    /// <summary>A fresh embedder with an in-memory cache.</summary>
    public Embedder Embedder() => new(Text, new VectorCache(Text.Descriptor, directory: null));

    public void Dispose() => Text.Dispose();
}
