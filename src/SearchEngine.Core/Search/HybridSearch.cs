using Lucene.Net.Search;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Ranking;

namespace SearchEngine.Core.Search;

/// <summary>
/// Search rankings in the three retrieval modes: lexical (<see cref="SearchService.Rank"/>), semantic (the query's
/// vector against the papers', same filters) and hybrid (reciprocal-rank fusion of both). Thread-safe.
/// </summary>
public sealed class HybridSearch(SearchService lexical, PaperVectors? vectors)
{
    public bool HasVectors => vectors is not null;

    /// <summary>The ids and scores of the first <paramref name="depth"/> papers for <paramref name="request"/> in <paramref name="mode"/>.</summary>
    public IReadOnlyList<ScoredId> Rank(SearchRequest request, int depth, RetrievalMode mode)
    {
        if (mode == RetrievalMode.Lexical || vectors is null) return lexical.Rank(request, depth);
        var dense = Dense(request, depth);
        if (mode == RetrievalMode.Semantic) return dense;
        var words = lexical.Rank(request, depth);
        return ReciprocalRankFusion.Fuse(words.Select(w => w.Id).ToList(), dense.Select(d => d.Id).ToList())
            .Take(depth).Select(f => new ScoredId(f.Id, f.Score)).ToList();
    }

    private List<ScoredId> Dense(SearchRequest request, int depth)
    {
        if (string.IsNullOrWhiteSpace(request.Query)) return [];
        using var context = lexical.Index.Searchers.GetContext();
        var searcher = context.Reference;
        var nearest = vectors!.Nearest(searcher, vectors!.Embedder.Query(request.Query), depth, VectorFilter.Of(request.Filters));
        return nearest.Select(d => new ScoredId(PaperIndex.LoadId(searcher, d.Doc), d.Score)).ToList();
    }
}
