using Lucene.Net.Search;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Indexing;

namespace SearchEngine.Core.Search;

/// <summary>
/// Search rankings in the three retrieval modes: lexical (<see cref="SearchService"/>), hybrid (the matches of the
/// words re-ranked by fusion with their rank by meaning, <see cref="Ranking.HybridRescorer"/>, also run by
/// <see cref="SearchService"/>) and semantic (the query's vector against every paper's, same filters). Thread-safe.
/// </summary>
public sealed class HybridSearch(SearchService lexical, PaperVectors? vectors)
{
    /// <summary>
    /// The mode when a request names none: hybrid when the index has vectors (it beats lexical on both CACM and MED,
    /// docs/relevance.md "Semantic and hybrid modes"), else lexical.
    /// </summary>
    public RetrievalMode DefaultMode => vectors is null ? RetrievalMode.Lexical : RetrievalMode.Hybrid;

    /// <summary>How deep the semantic list is read, at least.</summary>
    public const int DenseDepth = 100;

    /// <summary>
    /// How many papers a semantic result list holds (the depth eval scores). Fixed for every page, so every page is a
    /// slice of one ranking: a depth that grew with the page number would reorder earlier pages.
    /// </summary>
    public const int Window = 1000;

    public bool HasVectors => vectors is not null;

    /// <summary>
    /// A result page in <paramref name="mode"/>. Lexical and hybrid are <see cref="SearchService.Search"/>'s: the
    /// matches of the words, exact total, facets and cursor. Semantic ranks the first <see cref="Window"/> papers by
    /// meaning and pages through them by number (relevance order only: a date sort, an empty query or a cursor keep
    /// the lexical mode); its total is the length of that ranking, its facets and "did you mean" those of the papers
    /// matching the words, and it has no next cursor.
    /// </summary>
    public SearchResponse Search(SearchRequest request, RetrievalMode mode)
    {
        if (mode != RetrievalMode.Semantic || vectors is null || request.Sort != SortOrder.Relevance
            || request.Cursor is not null || string.IsNullOrWhiteSpace(request.Query))
        {
            return lexical.Search(request with { Mode = mode == RetrievalMode.Semantic ? RetrievalMode.Lexical : mode });
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var words = lexical.Search(request with { Size = 1, Page = 1, Mode = RetrievalMode.Lexical });
        var ranking = Rank(request, Window, mode);
        var page = ranking.Skip((request.Page - 1) * request.Size).Take(request.Size).ToList();
        using var context = lexical.Index.Searchers.GetContext();
        var searcher = context.Reference;
        var parsed = Querying.LenientQueryParser.Parse(request.Query);
        var highlight = new Querying.QueryCompiler(lexical.Index.Analyzer, lexical.Index.Ranking).Compile(parsed)
            ?? new MatchAllDocsQuery();
        var builder = new HitBuilder(new SnippetSource(lexical.Index, searcher, highlight, parsed,
            new AnalyzedPapers(searcher, lexical.Index.Analyzer)));
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
        if (mode != RetrievalMode.Semantic || vectors is null)
        {
            return lexical.Rank(request with { Mode = mode == RetrievalMode.Semantic ? RetrievalMode.Lexical : mode }, depth);
        }
        return Dense(request, Math.Max(depth, DenseDepth)).Take(depth).ToList();
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
