using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Tests.Builders;
using SearchEngine.Core.Tests.Embeddings;
using SearchEngine.Core.Topics;

namespace SearchEngine.Core.Tests.Topics;

/// <summary>
/// The seed pages and the arXiv sample ingested once, with topics inferred from real MiniLM vectors (an in-memory
/// vector cache, so each paper is embedded once per test run: ≈ 30 s on two cores).
/// </summary>
public sealed class SeedTopicsFixture : IDisposable
{
    private readonly ModelFixture _model = new();

    public SeedTopicsFixture()
    {
        Embedder = _model.Embedder();
        Seeds = PaperIngester.Ingest([TestPaths.SeedsDir]).Papers;
        SeedsInferred = new TopicInferrer().Infer(Seeds, Embedder);
        Arxiv = PaperIngester.Ingest([TestPaths.DataFile("arxiv-metadata-200.jsonl")]).Papers;
    }

    public Embedder Embedder { get; }
    public IReadOnlyList<Paper> Seeds { get; }
    /// <summary><see cref="Seeds"/> after inference with the shipped options.</summary>
    public IReadOnlyList<Paper> SeedsInferred { get; }
    public IReadOnlyList<Paper> Arxiv { get; }

    public void Dispose() => _model.Dispose();
}
