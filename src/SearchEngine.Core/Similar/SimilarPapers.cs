using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using SearchEngine.Core.Analysis;
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

    /// <summary>At most this many "why similar" terms are shown (the most important first).</summary>
    public const int MaxTerms = 12;

    /// <summary>Papers similar to <paramref name="id"/>; null when no paper has that id.</summary>
    public SimilarResponse? ForPaper(string id, int size, SearchFilters? filters = null)
    {
        var clock = Stopwatch.StartNew();
        using var context = index.Searchers.GetContext();
        var searcher = context.Reference;
        if (PaperIndex.DocOf(searcher, id) is not { } doc) return null;
        var (like, terms, paper) = LikePaper(searcher, doc);
        return Run(searcher, like, terms, paper.Title + "\n" + paper.Abstract, doc, size, filters, clock);
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
        if (PaperIndex.DocOf(searcher, id) is not { } doc) return null;
        var (like, _, _) = LikePaper(searcher, doc);
        if (like is BooleanQuery { Clauses.Count: 0 }) return [];
        return Top(searcher, like, feedback: true, doc, filters: null, depth)
            .Select(d => new ScoredId(PaperIndex.LoadId(searcher, d.Doc), d.Score)).ToList();
    }

    /// <summary>Papers similar to a validated <see cref="SimilarTextRequest"/> (see <see cref="SimilarTextRequest.Validate"/>).</summary>
    public SimilarResponse ForText(SimilarTextRequest request) =>
        ForText(request.Text ?? "", request.Size ?? SimilarTextRequest.DefaultSize);

    /// <summary>Papers similar to a pasted text (an abstract, a title), under the same filters as search.</summary>
    public SimilarResponse ForText(string text, int size, SearchFilters? filters = null)
    {
        var clock = Stopwatch.StartNew();
        using var context = index.Searchers.GetContext();
        var searcher = context.Reference;
        var (query, terms) = Like(searcher, text, authors: []);
        return Run(searcher, query, terms, text, excludeDoc: null, size, filters, clock, feedback: false);
    }

    private SimilarResponse Run(IndexSearcher searcher, Query like, List<string> stems, string sourceText,
        int? excludeDoc, int size, SearchFilters? filters, Stopwatch clock, bool feedback = true)
    {
        var readable = SurfaceForms.Of(index.Analyzer, PaperFields.Text, TopicalTerms.WithoutAddresses(sourceText), stems);
        if (like is BooleanQuery { Clauses.Count: 0 })
        {
            return new SimilarResponse { Terms = readable, TookMs = clock.ElapsedMilliseconds };
        }
        // why one per request: feedback and the hits' snippets read and analyze mostly the same papers.
        var papers = new AnalyzedPapers(searcher, index.Analyzer);
        var top = Top(searcher, like, feedback, excludeDoc, filters, Math.Clamp(size, 1, MaxSize), papers);
        var builder = new HitBuilder(new SnippetSource(index, searcher, like, LenientQueryParser.Parse(""), papers));
        return new SimilarResponse
        {
            Hits = top.Select(builder.Build).ToList(),
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
        var paper = PaperIndex.LoadPaper(searcher, doc);
        var fields = index.Ranking.Similar.Fields.Select(FieldWeights.IndexedFieldOf).ToList();
        // why: the combined field already holds the title.
        var text = fields.Contains(PaperFields.Text) ? paper.Title + "\n" + paper.Abstract : paper.Title;
        var (like, terms) = Like(searcher, text, paper.Authors);
        return (like, terms, paper);
    }

    /// <summary>
    /// The first <paramref name="k"/> papers for <paramref name="like"/> under <paramref name="filters"/>, without the
    /// paper <paramref name="excludeDoc"/>, by score then id. With <paramref name="feedback"/> and
    /// <see cref="MoreLikeThisOptions.Feedback"/>, RM3 feedback learned from the query's first papers (the source
    /// paper among them), as search does with <see cref="RankingOptions.Feedback"/>, re-scores the first
    /// <see cref="MoreLikeThisOptions.FeedbackWindow"/> of them (<see cref="FeedbackRescorer"/>).
    /// </summary>
    // why a window: the expanded query ORs 50 more-like-this terms with 50 feedback terms over two fields; MaxScore
    // prunes such a query poorly (measured at a million papers: 133 ms of a 161 ms request), while the
    // more-like-this query alone, kept to its first few hundred papers, is cheap, and the expansion only reorders the top.
    private IReadOnlyList<ScoreDoc> Top(IndexSearcher searcher, Query like, bool feedback, int? excludeDoc,
        SearchFilters? filters, int k, AnalyzedPapers? papers = null)
    {
        var o = index.Ranking.Similar;
        feedback &= o.Feedback;
        var filtered = FilterBuilder.Apply(like, FilterBuilder.Build(filters ?? new SearchFilters()));
        var depth = (feedback ? Math.Max(o.FeedbackWindow, k) : k) + (excludeDoc is null ? 0 : 1);
        // why term at a time: a more-like-this query ORs up to 50 terms, frequent ones among them, and the feedback
        // window needs its first hundreds of papers, so there is little to prune; at a million papers MaxScore took 48 ms
        // for the first thousand on one thread, reading the postings whole 24 ms (and the slices split that over the cores).
        var slices = SlicedSearcher.Collect(searcher, TermAtATimeQuery.Wrap(filtered),
            () => new RelevanceCollector(depth, after: null, byYear: false), c => c);
        var first = SortedHits.Merge(slices.Select(c => c.GetTopDocs()).ToList(), depth, MaxScoreDisjunction.HitOrder);
        var ranked = first;
        if (feedback)
        {
            var ranking = index.Ranking with { FeedbackDocs = o.FeedbackDocs, FeedbackTerms = o.FeedbackTerms, FeedbackOriginalWeight = o.FeedbackOriginalWeight };
            var expansion = new Rm3QueryExpander(ranking, index.Meta.Analyzer, index.Analyzer).Model(searcher, like, first, papers);
            if (expansion is not null)
            {
                ranked = [.. FeedbackRescorer.Top(searcher, first, expansion, o.FeedbackWindow, MaxScoreDisjunction.HitOrder,
                    k + (excludeDoc is null ? 0 : 1))];
            }
        }
        return ranked.Where(d => d.Doc != excludeDoc).Take(k).ToList();
    }

    /// <summary>
    /// The more-like-this query of a text: its most characteristic topical terms (<see cref="TopicalTerms"/>), each
    /// weighted by its tf-idf score relative to the best (Lucene's MoreLikeThis.CreateQuery), plus the text's authors;
    /// and the first <see cref="MaxTerms"/> distinct terms, for "why similar".
    /// </summary>
    private (Query Like, List<string> Terms) Like(IndexSearcher searcher, string text, IReadOnlyList<string> authors)
    {
        var o = index.Ranking.Similar;
        var fields = o.Fields.Select(FieldWeights.IndexedFieldOf).Distinct().ToArray();
        var topical = TopicalTerms.WithoutAddresses(text);
        // why: RetrieveTerms analyzes the text once as one field; each term is then placed in whichever of the MLT
        // fields has it most often (MoreLikeThis.CreateQueue), from frequencies looked up here in one batch.
        using var reader = new KnownFrequenciesReader(searcher.IndexReader, Frequencies(searcher.IndexReader, fields, topical));
        var mlt = Create(reader, fields);
        var queue = mlt.RetrieveTerms(new StringReader(topical), fields[^1]);
        var chosen = new List<ScoreTerm>();
        while (queue.Count > 0 && chosen.Count < o.MaxQueryTerms)
        {
            var term = queue.Pop();
            if (TopicalTerms.IsTopical(term.Word)) chosen.Add(term);
        }
        var query = new BooleanQuery();
        foreach (var term in chosen)
        {
            query.Add(new TermQuery(new Term(term.TopField, term.Word)) { Boost = o.Boost ? term.Score / chosen[0].Score : 1 }, Occur.SHOULD);
        }
        if (o.AuthorWeight > 0 && query.Clauses.Count > 0)
        {
            // why: papers by the same people are usually on related work (they cite each other); names are exact
            // keys, so a common surname alone does not count.
            foreach (var author in authors.Select(Dimension.FilterKey).Distinct(StringComparer.Ordinal))
            {
                query.Add(new TermQuery(new Term(Dimensions.Author.IndexedField, author)) { Boost = o.AuthorWeight }, Occur.SHOULD);
            }
        }
        return (query, chosen.Select(t => t.Word).Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList());
    }

    /// <summary>The document frequency in each of <paramref name="fields"/> of every word of <paramref name="text"/> as MoreLikeThis analyzes it.</summary>
    private Dictionary<Term, int> Frequencies(IndexReader reader, string[] fields, string text)
    {
        var words = PaperAnalyzers.Terms(index.Analyzer, fields[^1], text).Distinct(StringComparer.Ordinal).ToList();
        var known = new Dictionary<Term, int>();
        foreach (var field in fields)
        {
            var frequencies = DocumentFrequencies.Of(reader, field, words);
            for (var i = 0; i < words.Count; i++) known[new Term(field, words[i])] = (int)frequencies[i];
        }
        return known;
    }

    private MoreLikeThis Create(IndexReader reader, string[] fields)
    {
        var o = index.Ranking.Similar;
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
}
