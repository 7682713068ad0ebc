using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Search;
using SearchEngine.Core.Similar;
using SearchEngine.Core.Suggest;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// The server's one open index and the services over it, set once by <see cref="IndexBootstrapper"/>.
/// Until then (or after a failed start) <see cref="IsReady"/> is false and the API answers 503.
/// </summary>
public sealed class IndexState : IDisposable
{
    private volatile ReadyIndex? _ready;
    private volatile string _status = "starting";

    public bool IsReady => _ready is not null;

    /// <summary>What the bootstrapper is doing, or why it failed (shown by <c>/ready</c>).</summary>
    public string Status => _status;

    /// <summary>The open index; only call after <see cref="IsReady"/> (the API's ready filter guarantees it).</summary>
    public ReadyIndex Ready => _ready ?? throw new InvalidOperationException("the index is not open yet");

    public void SetStatus(string status) => _status = status;

    public void Open(PaperIndex index, IndexMeta meta, Embedder? embedder = null)
    {
        _ready = new ReadyIndex(index, meta, embedder);
        _status = "ready";
    }

    public void Dispose()
    {
        _ready?.Index.Dispose();
        _ready?.Vectors?.Embedder.Dispose();
    }
}

/// <summary>An open index with its metadata and the Core services the endpoints use.</summary>
public sealed class ReadyIndex(PaperIndex index, IndexMeta meta, Embedder? embedder = null)
{
    public PaperIndex Index { get; } = index;
    public IndexMeta Meta { get; } = meta;
    public SearchService Search { get; } = new(index);
    public SimilarPapers Similar { get; } = new(index);
    /// <summary>The papers' vectors; null when embeddings are off.</summary>
    public PaperVectors? Vectors { get; } = embedder is null ? null : new PaperVectors(embedder);
    /// <summary>Similar papers in every retrieval mode (lexical, semantic, hybrid).</summary>
    public HybridSimilarPapers SimilarModes => _similarModes ??= new HybridSimilarPapers(Index, Vectors);
    private HybridSimilarPapers? _similarModes;
    /// <summary>Search in every retrieval mode.</summary>
    public HybridSearch HybridSearch => _hybridSearch ??= new HybridSearch(Search, Vectors);
    private HybridSearch? _hybridSearch;
    public SuggestService Suggest { get; } = new(index);

    /// <summary>
    /// Changes whenever the searchable content may have changed: the generation directory plus the reader version
    /// (bumped by every commit). Part of every ETag.
    /// </summary>
    public string Generation
    {
        get
        {
            using var context = Index.Searchers.GetContext();
            var version = context.Reference.IndexReader is DirectoryReader reader ? reader.Version : 0;
            return $"{System.IO.Path.GetFileName(Index.Path ?? "memory")}:{version}";
        }
    }
}
