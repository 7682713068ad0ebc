using Lucene.Net.Search;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Search;

/// <summary>
/// Every match of a search (up to <see cref="MaxPapers"/>), in rank order, for an export written as it is read: the
/// ranking is done once, and each paper is loaded from the same searcher snapshot only when <see cref="Papers"/> reaches
/// it. Holds that snapshot until disposed.
/// </summary>
public sealed class MatchExport : IDisposable
{
    /// <summary>The most papers one export holds (the page window of search: a bigger result is cut, in rank order).</summary>
    public const int MaxPapers = 10_000;

    private readonly SearcherManager _searchers;
    private readonly IndexSearcher _searcher;
    private readonly ScoreDoc[] _docs;
    private bool _released;

    /// <param name="searchers">The manager <paramref name="searcher"/> was acquired from; released on dispose.</param>
    internal MatchExport(SearcherManager searchers, IndexSearcher searcher, ScoreDoc[] docs, int total)
    {
        _searchers = searchers;
        _searcher = searcher;
        _docs = docs;
        Total = total;
    }

    /// <summary>How many papers match (may be more than are exported).</summary>
    public int Total { get; }

    /// <summary>How many papers <see cref="Papers"/> yields: <see cref="Total"/>, at most <see cref="MaxPapers"/>.</summary>
    public int Count => _docs.Length;

    public bool Truncated => Total > Count;

    /// <summary>The papers in rank order, each loaded when reached.</summary>
    public IEnumerable<Paper> Papers
    {
        get
        {
            ObjectDisposedException.ThrowIf(_released, this);
            foreach (var doc in _docs) yield return PaperIndex.ReadPaper(_searcher, doc.Doc);
        }
    }

    public void Dispose()
    {
        if (_released) return;
        _released = true;
        _searchers.Release(_searcher);
    }
}
