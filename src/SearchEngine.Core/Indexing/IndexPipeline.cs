using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Schema;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Options;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Topics;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// Sources → index in one call, shared by <c>searchengine index</c> and the server's first start:
/// ingest and merge, give every paper topics, build a new generation beside the live one, switch.
/// </summary>
public static class IndexPipeline
{
    public sealed record Result(IngestReport Report, IndexMeta Meta);

    /// <param name="embedder">When given, every paper's vector is made (or found in its cache) before indexing.</param>
    public static Result Build(IReadOnlyList<string> sources, IndexLocation location, AnalyzerOptions? analyzer = null,
        IProgress<string>? stage = null, IProgress<int>? indexed = null, Embedder? embedder = null)
    {
        stage?.Report("reading sources");
        var ingest = PaperIngester.Ingest(sources);
        stage?.Report("inferring topics");
        var papers = WithTopics(ingest.Papers);
        stage?.Report("indexing");
        var files = SourceFingerprint.Files(sources);
        var meta = new IndexMeta
        {
            Analyzer = analyzer ?? new AnalyzerOptions(),
            SourceFiles = files.Select(Path.GetFileName).OfType<string>().ToList(),
            SourceFingerprint = SourceFingerprint.Compute(sources),
            Embedding = embedder?.EmbedPapers(papers, stage),
        };
        var written = IndexBuilder.Build(location, papers, meta, indexed);
        return new Result(ingest.Report, written);
    }

    /// <summary>Papers whose sources give no topic get inferred ones (marked as inferred).</summary>
    public static IReadOnlyList<Paper> WithTopics(IReadOnlyList<Paper> papers) => new TopicInferrer().Infer(papers);

    /// <summary>
    /// True when <paramref name="location"/> holds an index built from exactly these sources, with this version of
    /// the schema and dimension table, the default analysis and the same embedding descriptor (otherwise the server rebuilds it on start).
    /// </summary>
    /// <param name="embedding">The descriptor the index must have been embedded with; null: built without embeddings.</param>
    public static bool IsCurrent(IndexLocation location, IReadOnlyList<string> sources, EmbeddingDescriptor? embedding = null)
    {
        var current = location.Current;
        if (current is null) return false;
        var meta = IndexMeta.Read(current);
        return meta.SchemaVersion == IndexMeta.CurrentSchemaVersion
            && meta.DimensionsFingerprint == Dimensions.Fingerprint
            && meta.Analyzer == new AnalyzerOptions()
            && meta.SourceFingerprint == SourceFingerprint.Compute(sources)
            && Equals(meta.Embedding, embedding);
    }
}
