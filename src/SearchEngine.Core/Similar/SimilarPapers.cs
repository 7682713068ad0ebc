using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;
using SearchEngine.Core.Querying;
using SearchEngine.Core.Ranking;
using SearchEngine.Core.Schema;
using SearchEngine.Core.Search;

namespace SearchEngine.Core.Similar;

/// <summary>
/// "More like this" for a paper (never itself) or for pasted text, via Lucene's <see cref="MoreLikeThis"/> over
/// title and combined title + abstract text (<see cref="FieldWeights.IndexedFieldOf"/>), restricted by the same filters as search. Thread-safe: a new
/// <see cref="MoreLikeThis"/> per call (it holds mutable settings).
/// </summary>
public sealed class SimilarPapers(PaperIndex index)
{
    public const int MaxSize = 100;

    /// <summary>Papers similar to <paramref name="id"/>; null when no paper has that id.</summary>
    public SimilarResponse? ForPaper(string id, int size, SearchFilters? filters = null)
    {
        var clock = Stopwatch.StartNew();
        using var context = index.Searchers.GetContext();
        var searcher = context.Reference;
        var top = searcher.Search(new TermQuery(new Term(PaperFields.Id, id)), 1);
        if (top.TotalHits == 0) return null;
        var (like, terms, paper) = LikePaper(searcher, top.ScoreDocs[0].Doc);
        return Run(searcher, like, terms, paper.Title + "\n" + paper.Abstract, id, size, filters, clock);
    }

    /// <summary>
    /// The ids and scores of the first <paramref name="depth"/> papers similar to <paramref name="id"/>, ranked
    /// exactly as <see cref="ForPaper"/> ranks them (same more-like-this query, exclusion and order), without hits,
    /// snippets or terms; null when no paper has that id. For evaluation.
    /// </summary>
    public IReadOnlyList<ScoredId>? Rank(string id, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        using var context = index.Searchers.GetContext();
        var searcher = context.Reference;
        var top = searcher.Search(new TermQuery(new Term(PaperFields.Id, id)), 1);
        if (top.TotalHits == 0) return null;
        var (like, _, _) = LikePaper(searcher, top.ScoreDocs[0].Doc);
        if (like is BooleanQuery { Clauses.Count: 0 }) return [];
        var query = new BooleanQuery { { like, Occur.MUST }, { new TermQuery(new Term(PaperFields.Id, id)), Occur.MUST_NOT } };
        var hits = searcher.Search(query, null, depth, SimilarOrder, doDocScores: true, doMaxScore: false);
        return hits.ScoreDocs.Select(d => new ScoredId(PaperIndex.LoadId(searcher, d.Doc), d.Score)).ToList();
    }

    /// <summary>Papers similar to a pasted text (an abstract, a title).</summary>
    /// <summary>Papers similar to a validated <see cref="SimilarTextRequest"/> (see <see cref="SimilarTextRequest.Validate"/>).</summary>
    public SimilarResponse ForText(SimilarTextRequest request) =>
        ForText(request.Text ?? "", request.Size ?? SimilarTextRequest.DefaultSize);

    public SimilarResponse ForText(string text, int size, SearchFilters? filters = null)
    {
        var clock = Stopwatch.StartNew();
        using var context = index.Searchers.GetContext();
        var searcher = context.Reference;
        var mlt = Create(searcher.IndexReader);
        // why: Like(TextReader, field) analyzes the text once as one field; the query terms are then placed in
        // whichever of the MLT fields has them most often (MoreLikeThis.CreateQueue).
        var field = mlt.FieldNames[^1];
        var terms = Terms(mlt.RetrieveTerms(new StringReader(text), field));
        var query = mlt.Like(new StringReader(text), field);
        return Run(searcher, query, terms, text, excludeId: null, size, filters, clock);
    }

    private SimilarResponse Run(IndexSearcher searcher, Query like, List<string> stems, string sourceText,
        string? excludeId, int size, SearchFilters? filters, Stopwatch clock)
    {
        var readable = SurfaceForms.Of(index.Analyzer, PaperFields.Text, sourceText, stems);
        if (like is BooleanQuery { Clauses.Count: 0 })
        {
            return new SimilarResponse { Terms = readable, TookMs = clock.ElapsedMilliseconds };
        }
        var query = new BooleanQuery { { like, Occur.MUST } };
        if (excludeId is not null) query.Add(new TermQuery(new Term(PaperFields.Id, excludeId)), Occur.MUST_NOT);
        var filtered = FilterBuilder.Apply(query, FilterBuilder.Build(filters ?? new SearchFilters()));
        var top = searcher.Search(filtered, null, Math.Clamp(size, 1, MaxSize), SimilarOrder, doDocScores: true, doMaxScore: false);
        var builder = new HitBuilder(searcher, new SnippetSource(index, searcher, like, LenientQueryParser.Parse("")));
        return new SimilarResponse
        {
            Hits = top.ScoreDocs.Select(builder.Build).ToList(),
            Terms = readable,
            TookMs = clock.ElapsedMilliseconds,
        };
    }

    /// <summary>
    /// The more-like-this query of one indexed paper and its chosen terms (most important first).
    /// why: the index keeps no term vectors; analyzing the paper's own text of the MLT fields yields the same
    /// terms and frequencies (title and abstract share one analyzer), for one paper per request.
    /// </summary>
    private (Query Like, List<string> Terms, Papers.Paper Paper) LikePaper(IndexSearcher searcher, int doc)
    {
        var mlt = Create(searcher.IndexReader);
        var paper = PaperIndex.LoadPaper(searcher, doc);
        var text = SourceText(paper, mlt.FieldNames);
        var field = mlt.FieldNames[^1];
        var terms = Terms(mlt.RetrieveTerms(new StringReader(text), field));
        return (mlt.Like(new StringReader(text), field), terms, paper);
    }

    /// <summary>The paper's text in the more-like-this fields.</summary>
    private static string SourceText(Papers.Paper paper, IReadOnlyCollection<string> fields) =>
        fields.Contains(PaperFields.Text)
            ? paper.Title + "\n" + paper.Abstract // the combined field already holds the title
            : paper.Title;

    private static readonly Sort SimilarOrder = new(SortField.FIELD_SCORE, new SortField(PaperFields.IdSort, SortFieldType.STRING));

    private MoreLikeThis Create(IndexReader reader)
    {
        var o = index.Ranking.Similar;
        var fields = o.Fields.Select(FieldWeights.IndexedFieldOf).Distinct().ToArray();
        var mlt = new MoreLikeThis(reader)
        {
            FieldNames = fields,
            Analyzer = index.Analyzer,
            MinTermFreq = o.MinTermFreq,
            MinDocFreq = o.MinDocFreq,
            MaxQueryTerms = o.MaxQueryTerms,
            MinWordLen = o.MinWordLen,
            ApplyBoost = o.Boost,
        };
        mlt.SetMaxDocFreqPct(o.MaxDocFreqPercent);
        return mlt;
    }

    private static List<string> Terms(Lucene.Net.Util.PriorityQueue<ScoreTerm> queue)
    {
        var terms = new List<ScoreTerm>();
        while (queue.Count > 0) terms.Add(queue.Pop());
        // why: the queue pops the best term first; keep that order, one entry per word across fields.
        return terms.Select(t => t.Word).Distinct(StringComparer.Ordinal).ToList();
    }
}
