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
    /// <summary>
    /// The mode when a request names none: see docs/relevance.md ("Semantic and hybrid modes") for the eval figures
    /// that chose it.
    /// </summary>
    public const RetrievalMode DefaultMode = RetrievalMode.Lexical;

    /// <summary>How deep each list is read before fusion, at least.</summary>
    public const int FusionDepth = 100;

    /// <summary>
    /// How many papers a semantic or hybrid result list holds (the depth eval scores). Fixed for every page, so
    /// every page is a slice of one ranking: a depth that grew with the page number would reorder earlier pages.
    /// </summary>
    public const int Window = 1000;

    public bool HasVectors => vectors is not null;

    /// <summary>
    /// A result page in <paramref name="mode"/>. Semantic and hybrid rank the first <see cref="Window"/> papers by
    /// the fused ranking and page through them by number (relevance order only: a date sort, an empty query or a
    /// cursor keep the lexical mode). Total is the length of that ranking; facets and "did you mean" stay those of
    /// the papers matching the words; there is no next cursor.
    /// </summary>
    public SearchResponse Search(SearchRequest request, RetrievalMode mode)
    {
        if (mode == RetrievalMode.Lexical || vectors is null || request.Sort != SortOrder.Relevance
            || request.Cursor is not null || string.IsNullOrWhiteSpace(request.Query))
        {
            return lexical.Search(request) with { Mode = RetrievalModes.Name(RetrievalMode.Lexical) };
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var words = lexical.Search(request with { Size = 1, Page = 1 });
        var ranking = Rank(request, Window, mode);
        var page = ranking.Skip((request.Page - 1) * request.Size).Take(request.Size).ToList();
        using var context = lexical.Index.Searchers.GetContext();
        var searcher = context.Reference;
        var parsed = Querying.LenientQueryParser.Parse(request.Query);
        var highlight = new Querying.QueryCompiler(lexical.Index.Analyzer, lexical.Index.Ranking).Compile(parsed)
            ?? new MatchAllDocsQuery();
        var builder = new HitBuilder(searcher, new SnippetSource(lexical.Index, searcher, highlight, parsed));
        var hits = new List<SearchHit>();
        foreach (var (id, score) in page)
        {
            if (PaperIndex.DocOf(searcher, id) is { } doc) hits.Add(builder.Build(new ScoreDoc(doc, score)));
        }
        return words with
        {
            Total = ranking.Count,
            Page = request.Page,
            Size = request.Size,
            Hits = hits,
            NextCursor = null,
            Mode = RetrievalModes.Name(mode),
            TookMs = clock.ElapsedMilliseconds,
        };
    }

    /// <summary>The ids and scores of the first <paramref name="depth"/> papers for <paramref name="request"/> in <paramref name="mode"/>.</summary>
    public IReadOnlyList<ScoredId> Rank(SearchRequest request, int depth, RetrievalMode mode)
    {
        if (mode == RetrievalMode.Lexical || vectors is null) return lexical.Rank(request, depth);
        var dense = Dense(request, Math.Max(depth, FusionDepth));
        if (mode == RetrievalMode.Semantic) return dense.Take(depth).ToList();
        var words = lexical.Rank(request, Math.Max(depth, FusionDepth));
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
