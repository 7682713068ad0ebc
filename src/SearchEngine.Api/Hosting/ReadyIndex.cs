using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Search;
using SearchEngine.Core.Similar;
using SearchEngine.Core.Suggest;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// An open index with its metadata and the Core services the endpoints use. Reference-counted: one reference for
/// being current, one per request leasing it (<see cref="IndexState.Lease"/>); disposed when retired and unused.
/// The embedder is the process's (owned by <see cref="LiveIndex"/>, shared by every generation); null when embeddings
/// are off.
/// </summary>
public sealed class ReadyIndex(PaperIndex index, IndexMeta meta, Embedder? embedder = null, Action? onDisposed = null)
{
    private int _references = 1;
    private int _retired;

    public PaperIndex Index { get; } = index;
    public IndexMeta Meta { get; } = meta;
    /// <summary>The papers' vectors; null when embeddings are off or the index was built without them.</summary>
    public PaperVectors? Vectors { get; } = index.VectorsWith(embedder);
    public SearchService Search => _search ??= new SearchService(Index, Vectors);
    private SearchService? _search;
    public SimilarPapers Similar { get; } = new(index);
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

    /// <summary>Takes a reference unless the index is already disposed.</summary>
    internal bool TryAcquire()
    {
        while (true)
        {
            var seen = Volatile.Read(ref _references);
            if (seen == 0) return false;
            if (Interlocked.CompareExchange(ref _references, seen + 1, seen) == seen) return true;
        }
    }

    internal void ReleaseOne()
    {
        if (Interlocked.Decrement(ref _references) != 0) return;
        Index.Dispose();
        onDisposed?.Invoke();
    }

    /// <summary>No longer current: drop the current reference (disposed now or when the last lease returns).</summary>
    internal void Retire()
    {
        if (Interlocked.Exchange(ref _retired, 1) == 0) ReleaseOne();
    }
}
