using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;
using SearchEngine.Core.Querying;
using SearchEngine.Core.Ranking;
using SearchEngine.Core.Schema;
using SearchEngine.Core.Search;

namespace SearchEngine.Core.Similar;

/// <summary>
/// Similar papers in three modes over <see cref="SimilarPapers"/> (lexical more-like-this) and the papers' vectors
/// (semantic nearest neighbours): hybrid — the default when the index has vectors — fuses the first
/// <see cref="Depth"/> of each as <see cref="Options.HybridOptions.SimilarFusion"/> says (<see cref="ScoreFusion"/> or
/// <see cref="ReciprocalRankFusion"/>). Filters apply to both lists; "why similar" terms come from the lexical side.
/// Thread-safe.
/// </summary>
public sealed class HybridSimilarPapers(PaperIndex index, PaperVectors? vectors)
{
    /// <summary>How deep each list is read before fusion (the lexical side's own maximum).</summary>
    public const int Depth = SimilarPapers.MaxSize;

    public SimilarPapers Lexical { get; } = new(index);
    public bool HasVectors => vectors is not null;
    public RetrievalMode DefaultMode => vectors is null ? RetrievalMode.Lexical : RetrievalMode.Hybrid;

    /// <summary>Papers similar to <paramref name="id"/> (never itself); null when no paper has that id.</summary>
    public SimilarResponse? ForPaper(string id, int size, SearchFilters? filters, RetrievalMode mode)
    {
        if (mode == RetrievalMode.Lexical || vectors is null) return Lexical.ForPaper(id, size, filters) is { } r ? r with { Mode = "lexical" } : null;
        var clock = Stopwatch.StartNew();
        var lexical = mode == RetrievalMode.Hybrid ? Lexical.ForPaper(id, Depth, filters) : null;
        using var context = index.Searchers.GetContext();
        var searcher = context.Reference;
        if (PaperIndex.DocOf(searcher, id) is not { } doc) return null;
        var query = vectors.VectorOf(searcher, doc);
        var dense = query is null ? [] : vectors.Nearest(searcher, query, Depth, VectorFilter.Of(filters), excludeDoc: doc);
        return Combine(searcher, lexical, dense, size, mode, clock);
    }

    /// <summary>Papers similar to a pasted text.</summary>
    public SimilarResponse ForText(string text, int size, SearchFilters? filters, RetrievalMode mode)
    {
        if (mode == RetrievalMode.Lexical || vectors is null) return Lexical.ForText(text, size, filters) with { Mode = "lexical" };
        var clock = Stopwatch.StartNew();
        var lexical = mode == RetrievalMode.Hybrid ? Lexical.ForText(text, Depth, filters) : null;
        using var context = index.Searchers.GetContext();
        var searcher = context.Reference;
        var dense = vectors.Nearest(searcher, vectors.Embedder.Query(text), Depth, VectorFilter.Of(filters));
        return Combine(searcher, lexical, dense, size, mode, clock);
    }

    /// <summary>
    /// The ids of the first <paramref name="depth"/> papers similar to <paramref name="id"/>, ranked as
    /// <see cref="ForPaper"/> ranks them (no filters, no hits); null for an unknown id. For evaluation.
    /// </summary>
    public IReadOnlyList<string>? Rank(string id, int depth, RetrievalMode mode)
    {
        if (mode == RetrievalMode.Lexical || vectors is null) return Lexical.Rank(id, depth)?.Select(r => r.Id).ToList();
        using var context = index.Searchers.GetContext();
        var searcher = context.Reference;
        if (PaperIndex.DocOf(searcher, id) is not { } doc) return null;
        var query = vectors.VectorOf(searcher, doc);
        var nearest = query is null ? [] : vectors.Nearest(searcher, query, Math.Max(depth, Depth), excludeDoc: doc);
        var dense = Ids(searcher, nearest).Zip(nearest, (i, d) => (i, d.Score)).ToList();
        if (mode == RetrievalMode.Semantic) return dense.Take(depth).Select(d => d.i).ToList();
        var lexical = Lexical.Rank(id, Depth)!.Select(r => (r.Id, r.Score)).ToList();
        // why: the same Depth of each list as ForPaper reads, so eval scores exactly what the API returns.
        return Fuse(lexical, dense.Take(Depth).ToList()).Take(depth).Select(f => f.Id).ToList();
    }

    /// <summary>The lexical and the semantic list (ids best first, with their scores) fused as the options say.</summary>
    private IReadOnlyList<(string Id, float Score)> Fuse(IReadOnlyList<(string Id, float Score)> lexical,
        IReadOnlyList<(string Id, float Score)> dense)
    {
        var options = index.Ranking.Hybrid;
        return options.SimilarFusion == FusionMethod.CombSum
            ? ScoreFusion.Fuse(lexical, dense, options.DenseWeight)
            : ReciprocalRankFusion.Fuse(options.RrfK, lexical.Select(l => l.Id).ToList(), dense.Select(d => d.Id).ToList());
    }

    private SimilarResponse Combine(IndexSearcher searcher, SimilarResponse? lexical, IReadOnlyList<ScoreDoc> dense,
        int size, RetrievalMode mode, Stopwatch clock)
    {
        var denseIds = Ids(searcher, dense);
        var docs = denseIds.Zip(dense).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        var lexicalHits = (lexical?.Hits ?? []).ToDictionary(h => h.Id, StringComparer.Ordinal);
        var ranked = mode == RetrievalMode.Semantic
            ? denseIds.Zip(dense, (id, d) => (id, d.Score)).ToList()
            : Fuse(lexical?.Hits.Select(h => (h.Id, h.Score)).ToList() ?? [], denseIds.Zip(dense, (id, d) => (id, d.Score)).ToList()).ToList();
        // why: a paper only the vectors found has no matched terms; its card shows the abstract's opening.
        var builder = new HitBuilder(new SnippetSource(index, searcher, new MatchAllDocsQuery(), LenientQueryParser.Parse(""),
            new AnalyzedPapers(searcher, index.Analyzer)));
        var hits = ranked.Take(Math.Clamp(size, 1, SimilarPapers.MaxSize))
            .Select(r => (lexicalHits.TryGetValue(r.Item1, out var hit) ? hit : builder.Build(docs[r.Item1])) with { Score = r.Item2 })
            .ToList();
        return new SimilarResponse
        {
            Hits = hits,
            Terms = lexical?.Terms ?? [],
            Mode = RetrievalModes.Name(mode),
            TookMs = clock.ElapsedMilliseconds,
        };
    }

    private static List<string> Ids(IndexSearcher searcher, IReadOnlyList<ScoreDoc> docs) =>
        docs.Select(d => PaperIndex.LoadId(searcher, d.Doc)).ToList();
}
