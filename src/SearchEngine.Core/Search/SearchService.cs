using System.Diagnostics;
using Lucene.Net.Search;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Facets;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Querying;
using SearchEngine.Core.Ranking;

namespace SearchEngine.Core.Search;

/// <summary>
/// Runs a validated <see cref="SearchRequest"/>: lenient parse → compiled query → filters → top hits with
/// snippets, exact total, drill-sideways facet counts and "did you mean". Shared by the CLI and the API.
/// Thread-safe: every call acquires a searcher from the index's <see cref="SearcherManager"/> and releases it.
/// </summary>
public sealed class SearchService(PaperIndex index, PaperVectors? vectors = null)
{
    /// <summary>Below this many hits a rare (not only an absent) word gets a spelling suggestion.</summary>
    public const int SuggestBelow = 3;

    public PaperIndex Index { get; } = index;

    /// <summary>The papers' vectors for <see cref="RetrievalMode.Hybrid"/>; null when embeddings are off.</summary>
    public PaperVectors? Vectors { get; } = vectors;

    public SearchResponse Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        using var context = Index.Searchers.GetContext();
        var searcher = context.Reference;

        var parsed = LenientQueryParser.Parse(request.Query);
        var warnings = parsed.Warnings.ToList();
        var compiled = Compile(parsed, warnings);
        if (compiled is null)
        {
            return new SearchResponse
            {
                Query = request.Query, Page = request.Page, Size = request.Size, Warnings = warnings,
                Facets = FacetResults.Empty.Values, FacetInfo = FacetResults.Empty.Info,
                TookMs = clock.ElapsedMilliseconds,
            };
        }

        // why one per request: feedback and the hits' snippets read and analyze mostly the same papers.
        var papers = new AnalyzedPapers(searcher, Index.Analyzer);
        var expansion = Feedback(compiled, parsed, searcher, request.Sort, papers);
        var hybrid = Hybrid(request);
        var ranked = ListOf(request, expansion, hybrid);
        var facets = CountFacets(searcher, compiled, request, ranked.NewCollector, out var pages);
        var docs = ranked.Page(searcher, pages.Cast<ITopDocsCollector>().ToList());
        var total = docs.TotalHits;

        var builder = new HitBuilder(new SnippetSource(Index, searcher, compiled, parsed, papers));
        var hits = docs.ScoreDocs.Select(builder.Build).ToList();

        string? next = null;
        var offset = request.Cursor is null ? (request.Page - 1) * request.Size : 0;
        if (hits.Count == request.Size && docs.ScoreDocs.Length > 0 && offset + hits.Count < total
            && docs.ScoreDocs[^1] is FieldDoc last)
        {
            next = ranked.CursorOf(last).Encode();
        }

        string? suggestion = null;
        if (parsed.Words.Any())
        {
            suggestion = Spelling.Suggest(searcher, Index, request.Query, total);
        }

        return new SearchResponse
        {
            Query = request.Query,
            Total = total,
            Page = request.Page,
            Size = request.Size,
            Hits = hits,
            Facets = facets.Values,
            FacetInfo = facets.Info,
            Suggestion = suggestion,
            NextCursor = next,
            Warnings = warnings,
            Mode = RetrievalModes.Name(hybrid is null ? RetrievalMode.Lexical : RetrievalMode.Hybrid),
            TookMs = clock.ElapsedMilliseconds,
        };
    }

    /// <summary>
    /// The total and facet counts of <paramref name="request"/>'s matches, as <see cref="Search"/> gives them, without
    /// ranking them (<c>/api/facets</c>, <c>searchengine facets</c>): page, size, sort and mode do not change which
    /// papers match.
    /// </summary>
    /// <remarks>
    /// why apart from <see cref="Search"/>: a facets request asked for a one-hit page and so paid for everything a
    /// ranked page costs and it never returns — the feedback model, re-scoring the window, a hit with its snippet and
    /// a spelling suggestion: a third of its time in a profile of the server under load.
    /// </remarks>
    public FacetsResponse Facets(SearchRequest request)
    {
        using var context = Index.Searchers.GetContext();
        var searcher = context.Reference;
        if (Compile(LenientQueryParser.Parse(request.Query), []) is not { } compiled)
        {
            return new FacetsResponse { Facets = FacetResults.Empty.Values, FacetInfo = FacetResults.Empty.Info };
        }
        // A collector that keeps no hits counts every match (the total).
        var facets = CountFacets(searcher, compiled, request, () => new RelevanceCollector(0, after: null), out var counted);
        return new FacetsResponse
        {
            Total = counted.Sum(c => ((RelevanceCollector)c).TotalHits),
            Facets = facets.Values,
            FacetInfo = facets.Info,
        };
    }

    /// <summary>
    /// One pass over the matches of <paramref name="compiled"/> under the request's filters: the facet counts the
    /// request asks for, and the matches given to the collectors of <paramref name="newMain"/> (one per slice).
    /// </summary>
    private static FacetResults CountFacets(IndexSearcher searcher, Query compiled, SearchRequest request,
        Func<ICollector> newMain, out IReadOnlyList<ICollector> mains)
    {
        var filters = FilterBuilder.Build(request.Filters);
        var query = TermAtATimeQuery.Wrap(FilterBuilder.Apply(compiled, filters));
        return FacetEngine.Count(searcher, compiled, filters, request.Facets, query, newMain, out mains)
            .WithLeftOut(request.Filters);
    }

    /// <summary>
    /// The papers of one result page of <paramref name="request"/> (query, filters, sort, page or cursor), in rank
    /// order, read from the same searcher snapshot that ranked them: what an export of the page holds.
    /// </summary>
    public IReadOnlyList<Paper> Export(SearchRequest request)
    {
        using var context = Index.Searchers.GetContext();
        var searcher = context.Reference;
        return Ranked(request, searcher) is { } docs
            ? docs.ScoreDocs.Select(d => PaperIndex.LoadPaper(searcher, d.Doc)).ToList()
            : [];
    }

    /// <summary>
    /// Every match of <paramref name="request"/> (query, filters and sort; page, size and cursor are ignored), up to
    /// <see cref="MatchExport.MaxPapers"/>, ranked as <see cref="Search"/> ranks them: what an export of all matches
    /// holds. Dispose the result to release its searcher.
    /// </summary>
    public MatchExport ExportAll(SearchRequest request)
    {
        var searcher = Index.Searchers.Acquire();
        try
        {
            var all = request with { Page = 1, Size = MatchExport.MaxPapers, Cursor = null };
            if (Ranked(all, searcher) is not { } docs) return new MatchExport(Index.Searchers, searcher, [], 0);
            return new MatchExport(Index.Searchers, searcher, docs.ScoreDocs, docs.TotalHits);
        }
        catch
        {
            Index.Searchers.Release(searcher);
            throw;
        }
    }

    /// <summary>
    /// The ids and scores of the first <paramref name="depth"/> hits of <paramref name="request"/> (its query, filters
    /// and sort; page, size and facets are ignored), ranked exactly as <see cref="Search"/> ranks them: same parser,
    /// compiler, feedback, filters and order. For evaluation and run files, where a ranking deeper than one page is
    /// needed without building hits, snippets or facets.
    /// </summary>
    public IReadOnlyList<ScoredId> Rank(SearchRequest request, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        using var context = Index.Searchers.GetContext();
        var searcher = context.Reference;
        var top = request with { Page = 1, Size = depth, Cursor = null };
        return Ranked(top, searcher) is { } docs
            ? docs.ScoreDocs.Select(d => new ScoredId(PaperIndex.LoadId(searcher, d.Doc), d.Score)).ToList()
            : [];
    }

    /// <summary>The page of <paramref name="request"/> (query, filters, sort, page or cursor) without facets; null without searchable words.</summary>
    private TopDocs? Ranked(SearchRequest request, IndexSearcher searcher)
    {
        var parsed = LenientQueryParser.Parse(request.Query);
        if (Compile(parsed, []) is not { } compiled) return null;
        var ranked = ListOf(request, Feedback(compiled, parsed, searcher, request.Sort, new AnalyzedPapers(searcher, Index.Analyzer)),
            Hybrid(request));
        var query = TermAtATimeQuery.Wrap(FilterBuilder.Apply(compiled, FilterBuilder.Build(request.Filters)));
        var slices = SlicedSearcher.Collect(searcher, query, ranked.NewCollector, c => c);
        return ranked.Page(searcher, slices);
    }

    /// <summary>The page of <paramref name="request"/>, with feedback and hybrid fusion re-scoring its window when there are any.</summary>
    private RankedList ListOf(SearchRequest request, Func<IReadOnlyList<ScoreDoc>, Rm3Expansion?>? feedback, HybridRescorer? hybrid) =>
        new(request.Sort, feedback, hybrid, Index.Ranking.FeedbackWindow,
            request.Cursor is null ? (request.Page - 1) * request.Size : 0, request.Size, request.Cursor);

    /// <summary>The user's words as a query (before feedback and filters); null when the text has no searchable words.</summary>
    private Query? Compile(ParsedQuery parsed, List<string> warnings)
    {
        if (parsed.IsEmpty) return new MatchAllDocsQuery();
        var compiled = new QueryCompiler(Index.Analyzer, Index.Ranking).Compile(parsed);
        if (compiled is null) warnings.Add("the query has no searchable words (only stop words or punctuation)");
        return compiled;
    }

    /// <summary>
    /// RM3 feedback for <paramref name="compiled"/> when results are in relevance order, learned from the first pass's
    /// best hits (filters applied: feedback learns from what the user is looking at); null when off. It re-scores the
    /// first pass's window (<see cref="RankedList"/>).
    /// </summary>
    // why: the feedback papers are the page's own first pass, not a second search: at a million papers that search
    // cost 19 ms of a 45 ms feedback model. Feedback only reorders the matches of the user's words: total, facet counts and export are those of the
    // words typed (a search for "ghostnetv2" does not count papers that merely share feedback terms), and highlights
    // mark the typed words. Under a date sort scores only break ties within a year: feedback is skipped.
    private Func<IReadOnlyList<ScoreDoc>, Rm3Expansion?>? Feedback(Query compiled, ParsedQuery parsed, IndexSearcher searcher,
        SortOrder sort, AnalyzedPapers papers)
    {
        if (!Index.Ranking.Feedback || sort != SortOrder.Relevance || parsed.IsEmpty
            || parsed.Clauses.All(c => c.Occur == ClauseOccur.MustNot))
        {
            return null;
        }
        var expander = new Rm3QueryExpander(Index.Ranking, Index.Meta.Analyzer, Index.Analyzer);
        return firstPass => expander.Model(searcher, compiled, firstPass, papers);
    }

    /// <summary>
    /// Fusion with the rank by meaning when <paramref name="request"/> asks for <see cref="RetrievalMode.Hybrid"/>,
    /// the index has vectors, results are in relevance order and there are words to embed; else null (lexical).
    /// </summary>
    private HybridRescorer? Hybrid(SearchRequest request) =>
        request.Mode == RetrievalMode.Hybrid && Vectors is not null && request.Sort == SortOrder.Relevance
            && !string.IsNullOrWhiteSpace(request.Query)
            ? new HybridRescorer(Vectors, Vectors.Embedder.Query(request.Query), Index.Ranking.Hybrid)
            : null;
}

