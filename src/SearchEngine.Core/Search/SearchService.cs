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
        var baseQuery = BaseQuery(parsed, searcher, warnings);
        if (baseQuery is null)
        {
            return new SearchResponse
            {
                Query = request.Query, Page = request.Page, Size = request.Size, Warnings = warnings,
                Facets = FacetResults.Empty.Values, FacetInfo = FacetResults.Empty.Info,
                TookMs = clock.ElapsedMilliseconds,
            };
        }

        var filters = FilterBuilder.Build(request.Filters);
        var query = FilterBuilder.Apply(baseQuery, filters);
        var offset = request.Cursor is null ? (request.Page - 1) * request.Size : 0;
        var top = PageCollector(request, offset);

        var facets = FacetEngine.Count(searcher, baseQuery, filters, request.Facets, query, top);
        var docs = top.GetTopDocs(offset, request.Size);
        var total = docs.TotalHits;

        var builder = new HitBuilder(searcher, new SnippetSource(Index, searcher, baseQuery, parsed));
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
        var baseQuery = BaseQuery(LenientQueryParser.Parse(request.Query), searcher, []);
        if (baseQuery is null) return [];
        var offset = request.Cursor is null ? (request.Page - 1) * request.Size : 0;
        var top = PageCollector(request, offset);
        searcher.Search(FilterBuilder.Apply(baseQuery, FilterBuilder.Build(request.Filters)), top);
        return top.GetTopDocs(offset, request.Size).ScoreDocs.Select(d => PaperIndex.LoadPaper(searcher, d.Doc)).ToList();
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
        var parsed = LenientQueryParser.Parse(request.Query);
        var baseQuery = BaseQuery(parsed, searcher, []);
        if (baseQuery is null) return [];
        var query = FilterBuilder.Apply(baseQuery, FilterBuilder.Build(request.Filters));
        var top = TopFieldCollector.Create(ResultOrder.For(request.Sort), depth, null,
            fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        searcher.Search(query, top);
        return top.GetTopDocs().ScoreDocs.Select(d => new ScoredId(PaperIndex.LoadId(searcher, d.Doc), d.Score)).ToList();
    }

    /// <summary>Collects the hits up to the end of the request's page (after its cursor, if any), in its sort order.</summary>
    private static TopFieldCollector PageCollector(SearchRequest request, int offset) =>
        TopFieldCollector.Create(ResultOrder.For(request.Sort), offset + request.Size,
            request.Cursor is null ? null : ResultOrder.AfterOf(request.Cursor),
            fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);

    /// <summary>The query before filters; null when the text has no searchable words (e.g. only stop words).</summary>
    private Query? BaseQuery(ParsedQuery parsed, IndexSearcher searcher, List<string> warnings)
    {
        if (parsed.IsEmpty) return new MatchAllDocsQuery();
        var compiled = new QueryCompiler(Index.Analyzer, Index.Ranking).Compile(parsed);
        if (compiled is null)
        {
            warnings.Add("the query has no searchable words (only stop words or punctuation)");
            return null;
        }
        // why: a query of exclusions only has no words to learn feedback terms from.
        return Index.Ranking.Feedback && parsed.Clauses.Any(c => c.Occur != ClauseOccur.MustNot)
            ? new Rm3QueryExpander(Index.Ranking, Index.Meta.Analyzer, Index.Analyzer).Expand(searcher, compiled, IsConstrained(parsed))
            : compiled;
    }

    /// <summary>Whether the user required or excluded words (feedback must then keep the original query required).</summary>
    private bool IsConstrained(ParsedQuery parsed) =>
        Index.Ranking.DefaultOperator == "and" || parsed.Clauses.Any(c => c.Occur != ClauseOccur.Should);
}
