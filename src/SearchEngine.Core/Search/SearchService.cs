using System.Diagnostics;
using Lucene.Net.Search;
using SearchEngine.Core.Facets;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Querying;

namespace SearchEngine.Core.Search;

/// <summary>
/// Runs a validated <see cref="SearchRequest"/>: lenient parse → compiled query → filters → top hits with
/// snippets, exact total, drill-sideways facet counts and "did you mean". Shared by the CLI and the API.
/// Thread-safe: every call acquires a searcher from the index's <see cref="SearcherManager"/> and releases it.
/// </summary>
public sealed class SearchService(PaperIndex index)
{
    /// <summary>Below this many hits a spelling suggestion is computed.</summary>
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
        var top = TopFieldCollector.Create(ResultOrder.For(request.Sort), offset + request.Size,
            request.Cursor is null ? null : ResultOrder.AfterOf(request.Cursor),
            fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);

        var facets = FacetEngine.Count(searcher, baseQuery, filters, request.Facets, query, top);
        var docs = top.GetTopDocs(offset, request.Size);
        var total = docs.TotalHits;

        var snippets = new SnippetSource(Index, searcher, baseQuery, parsed);
        var builder = new HitBuilder(searcher, snippets.For);
        var hits = docs.ScoreDocs.Select(builder.Build).ToList();

        string? next = null;
        if (hits.Count == request.Size && docs.ScoreDocs.Length > 0 && offset + hits.Count < total
            && docs.ScoreDocs[^1] is FieldDoc last)
        {
            next = ResultOrder.CursorOf(request.Sort, last).Encode();
        }

        string? suggestion = null;
        if (total < SuggestBelow && parsed.Words.Any())
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

    /// <summary>The query before filters; null when the text has no searchable words (e.g. only stop words).</summary>
    private Query? BaseQuery(ParsedQuery parsed, IndexSearcher searcher, List<string> warnings)
    {
        if (parsed.IsEmpty) return new MatchAllDocsQuery();
        var compiled = new QueryCompiler(Index.Analyzer, Index.Ranking, Index.Meta.Analyzer).Compile(parsed);
        if (compiled is null)
        {
            warnings.Add("the query has no searchable words (only stop words or punctuation)");
            return null;
        }
        return Index.Ranking.Feedback ? Feedback.Expand(searcher, Index, compiled) : compiled;
    }

    /// <summary>The full paper (abstract, all authors, topics, sources), or null.</summary>
    public Paper? GetPaper(string id) => Index.Get(id);
}
