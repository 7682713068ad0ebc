using System.Diagnostics;
using Lucene.Net.Search;
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
public sealed class SearchService(PaperIndex index)
{
    /// <summary>Below this many hits a rare (not only an absent) word gets a spelling suggestion.</summary>
    public const int SuggestBelow = 3;

    public PaperIndex Index { get; } = index;

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

        var baseQuery = Ranked(compiled, parsed, searcher, request.Sort);
        var filters = FilterBuilder.Build(request.Filters);
        var query = FilterBuilder.Apply(baseQuery, filters);
        var offset = request.Cursor is null ? (request.Page - 1) * request.Size : 0;
        var facets = FacetEngine.Count(searcher, baseQuery, filters, request.Facets, query,
            () => PageCollector(request, offset), out var pages).WithLeftOut(request.Filters);
        var docs = PageOf(pages.Cast<TopFieldCollector>().ToList(), request, offset);
        var total = docs.TotalHits;

        var builder = new HitBuilder(searcher, new SnippetSource(Index, searcher, compiled, parsed));
        var hits = docs.ScoreDocs.Select(builder.Build).ToList();

        string? next = null;
        if (hits.Count == request.Size && docs.ScoreDocs.Length > 0 && offset + hits.Count < total
            && docs.ScoreDocs[^1] is FieldDoc last)
        {
            next = ResultOrder.CursorOf(request.Sort, last).Encode();
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
            TookMs = clock.ElapsedMilliseconds,
        };
    }

    /// <summary>
    /// The papers of one result page of <paramref name="request"/> (query, filters, sort, page or cursor), in rank
    /// order, read from the same searcher snapshot that ranked them: what an export of the page holds.
    /// </summary>
    public IReadOnlyList<Paper> Export(SearchRequest request)
    {
        using var context = Index.Searchers.GetContext();
        var searcher = context.Reference;
        if (RankingQuery(request, searcher) is not { } baseQuery) return [];
        var offset = request.Cursor is null ? (request.Page - 1) * request.Size : 0;
        var top = PageCollector(request, offset);
        searcher.Search(FilterBuilder.Apply(baseQuery, FilterBuilder.Build(request.Filters)), top);
        return top.GetTopDocs(offset, request.Size).ScoreDocs.Select(d => PaperIndex.LoadPaper(searcher, d.Doc)).ToList();
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
            if (RankingQuery(request, searcher) is not { } baseQuery) return new MatchExport(Index.Searchers, searcher, [], 0);
            var top = TopFieldCollector.Create(ResultOrder.For(request.Sort), MatchExport.MaxPapers, null,
                fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            searcher.Search(FilterBuilder.Apply(baseQuery, FilterBuilder.Build(request.Filters)), top);
            var docs = top.GetTopDocs();
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
        if (RankingQuery(request, searcher) is not { } baseQuery) return [];
        var query = FilterBuilder.Apply(baseQuery, FilterBuilder.Build(request.Filters));
        var top = TopFieldCollector.Create(ResultOrder.For(request.Sort), depth, null,
            fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        searcher.Search(query, top);
        return top.GetTopDocs().ScoreDocs.Select(d => new ScoredId(PaperIndex.LoadId(searcher, d.Doc), d.Score)).ToList();
    }

    /// <summary>
    /// The request's page from the collectors of the slices of segments (<see cref="SlicedSearcher"/>), each holding
    /// its slice's hits up to the end of the page: merged in sort order (ties by slice, i.e. document order, as one
    /// collector breaks them), totals added, so the page and the exact total are those of one collector.
    /// </summary>
    private static TopDocs PageOf(IReadOnlyList<TopFieldCollector> slices, SearchRequest request, int offset) =>
        slices.Count == 1
            ? slices[0].GetTopDocs(offset, request.Size)
            : TopDocs.Merge(ResultOrder.For(request.Sort), offset, request.Size, slices.Select(c => (TopDocs)c.GetTopDocs()).ToArray());

    /// <summary>Collects the hits up to the end of the request's page (after its cursor, if any), in its sort order.</summary>
    private static TopFieldCollector PageCollector(SearchRequest request, int offset) =>
        TopFieldCollector.Create(ResultOrder.For(request.Sort), offset + request.Size,
            request.Cursor is null ? null : ResultOrder.AfterOf(request.Cursor),
            fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);

    /// <summary>The query that ranks <paramref name="request"/> before filters (<see cref="Ranked"/>); null without searchable words.</summary>
    private Query? RankingQuery(SearchRequest request, IndexSearcher searcher)
    {
        var parsed = LenientQueryParser.Parse(request.Query);
        return Compile(parsed, []) is { } compiled ? Ranked(compiled, parsed, searcher, request.Sort) : null;
    }

    /// <summary>The user's words as a query (before feedback and filters); null when the text has no searchable words.</summary>
    private Query? Compile(ParsedQuery parsed, List<string> warnings)
    {
        if (parsed.IsEmpty) return new MatchAllDocsQuery();
        var compiled = new QueryCompiler(Index.Analyzer, Index.Ranking).Compile(parsed);
        if (compiled is null) warnings.Add("the query has no searchable words (only stop words or punctuation)");
        return compiled;
    }

    /// <summary>
    /// The query that ranks: <paramref name="compiled"/> expanded by RM3 feedback when results are in relevance order.
    /// </summary>
    // why: the user's words stay required, so feedback only reorders their matches: total, facet counts and export
    // are those of the words typed (a search for "ghostnetv2" does not count papers that merely share feedback terms),
    // and highlights mark the typed words. Under a date sort scores only break ties within a year: feedback is skipped.
    private Query Ranked(Query compiled, ParsedQuery parsed, IndexSearcher searcher, SortOrder sort) =>
        Index.Ranking.Feedback && sort == SortOrder.Relevance && !parsed.IsEmpty
            && parsed.Clauses.Any(c => c.Occur != ClauseOccur.MustNot)
            ? new Rm3QueryExpander(Index.Ranking, Index.Meta.Analyzer, Index.Analyzer).Expand(searcher, compiled, constrained: true)
            : compiled;

}
