using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Analysis;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Ranking;

/// <summary>
/// RM3 pseudo-relevance feedback: runs the query, estimates a <see cref="RelevanceModel"/> from the terms
/// (title and abstract, with frequencies, re-analyzed from stored text) of its top <see cref="RankingOptions.FeedbackDocs"/> papers, and returns
/// the interpolation <c>λ · Q / |Q| + (1 − λ) · Σ P(t|R) · t</c> over the top <see cref="RankingOptions.FeedbackTerms"/>
/// terms, λ = <see cref="RankingOptions.FeedbackOriginalWeight"/>. Under BM25 (query norm and coord 1) boosts
/// multiply scores directly, so this is RM3's weighted query with every original term weighted 1/|Q|. Stateless.
/// </summary>
/// <example>
/// <code>
/// var expanded = new Rm3QueryExpander(ranking, analyzerOptions).Expand(searcher, compiledQuery, constrained: false);
/// </code>
/// </example>
public sealed class Rm3QueryExpander(RankingOptions ranking, AnalyzerOptions analysis, Analyzer? analyzer = null)
{
    // why: the index stores no term vectors (they cost a quarter of its size); a feedback paper's terms are then
    // taken by re-analyzing its stored title and abstract, which yields the same terms and frequencies.
    private readonly Analyzer _analyzer = analyzer ?? PaperAnalyzers.Create(analysis);

    /// <summary>Expansion terms in more than this share of the papers are dropped (default 0.1).</summary>
    // why: such terms ("comput", "system", "method") describe the collection, not the topic; Anserini's RM3 uses the
    // same 10% cut-off. It also keeps expansion cheap, as frequent terms have the longest postings.
    public double MaxDocFreqRatio { get; init; } = 0.1;

    /// <summary>Shortest expansion term, in characters.</summary>
    public const int MinTermLength = 2;

    // why: the combined field holds the title and the abstract, so its terms are the whole paper's.
    private const string TermField = PaperFields.Text;

    /// <summary>The fields feedback terms are searched in, with their weights (<see cref="FieldWeights.Content"/>).</summary>
    public IReadOnlyList<(string Field, float Weight)> Fields { get; } = new FieldWeights(ranking).Content;

    /// <summary>The expanded query, or <paramref name="query"/> itself when the first pass finds nothing to learn from.</summary>
    /// <param name="searcher">The searcher the expanded query will run on (first pass, stored text, document frequencies).</param>
    /// <param name="query">The compiled user query.</param>
    /// <param name="constrained">
    /// The user required or excluded words (<c>+word</c>, <c>-word</c>, operator AND): then the original query is
    /// required and feedback only re-ranks its matches, so feedback never loosens the user's constraints.
    /// </param>
    public Query Expand(IndexSearcher searcher, Query query, bool constrained)
    {
        if (Model(searcher, query) is not { } expansion) return query;
        var expanded = new BooleanQuery(disableCoord: true);
        var original = (Query)query.Clone();
        original.Boost *= expansion.OriginalWeight;
        expanded.Add(original, constrained ? Occur.MUST : Occur.SHOULD);
        foreach (var clause in expansion.Terms.Clauses) expanded.Add(clause.Query, Occur.SHOULD);
        return expanded;
    }

    /// <summary>
    /// The feedback of <paramref name="query"/> as two parts, for a caller that re-scores only a window of its
    /// matches (<see cref="FeedbackRescorer"/>): the weight of the original query's score and the weighted
    /// expansion terms. Null when the first pass finds nothing to learn from.
    /// </summary>
    public Rm3Expansion? Model(IndexSearcher searcher, Query query)
    {
        // why: ties broken by id, else papers with equal scores would enter feedback in index order, which depends on
        // how indexing threads split the papers into segments. MaxScore pruning: only the top few are needed, and a
        // more-like-this query ORs up to 50 terms that match most of the index; other shapes run as a sorted search.
        var top = MaxScoreDisjunction.Search(searcher, query, ranking.FeedbackDocs, PaperFields.IdSort);
        return Model(searcher, query, top.ScoreDocs);
    }

    /// <summary>
    /// As <see cref="Model(IndexSearcher, Query)"/>, learning from <paramref name="ranked"/>: the first hits of a
    /// pass of <paramref name="query"/> the caller already ran, best first (the first
    /// <see cref="RankingOptions.FeedbackDocs"/> are used).
    /// </summary>
    /// <param name="papers">The request's analyzed papers, shared with its snippets (null: analyzed here for this call).</param>
    public Rm3Expansion? Model(IndexSearcher searcher, Query query, IReadOnlyList<ScoreDoc> ranked, AnalyzedPapers? papers = null)
    {
        var top = ranked.Take(ranking.FeedbackDocs).ToList();
        if (top.Count == 0 || Fields.Count == 0) return null;
        var reader = searcher.IndexReader;
        papers ??= new AnalyzedPapers(searcher, _analyzer);
        var documents = top.Select(d => new FeedbackDocument(d.Score, papers.Of(d.Doc).Text.Counts)).ToList();
        var kept = KeptTerms(reader, documents);
        var model = RelevanceModel.Estimate(documents, ranking.FeedbackTerms, kept.Contains);
        if (model.Count == 0) return null;

        var lambda = ranking.FeedbackOriginalWeight;
        var terms = new BooleanQuery(disableCoord: true);
        if (lambda < 1)
        {
            foreach (var (term, weight) in model)
            {
                var q = TermInFields(term);
                q.Boost *= (float)((1 - lambda) * weight);
                terms.Add(q, Occur.SHOULD);
            }
        }
        return new Rm3Expansion(lambda / Math.Max(1, OriginalTermCount(searcher, query)), terms);
    }

    private Query TermInFields(string term)
    {
        if (Fields.Count == 1) return new TermQuery(new Term(Fields[0].Field, term)) { Boost = Fields[0].Weight };
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, weight) in Fields) any.Add(new TermQuery(new Term(field, term)) { Boost = weight }, Occur.SHOULD);
        return any;
    }

    /// <summary>
    /// Which terms of <paramref name="documents"/> may be expansion terms: long enough, not a number or a stop word,
    /// and in at most <see cref="MaxDocFreqRatio"/> of the papers.
    /// </summary>
    private HashSet<string> KeptTerms(IndexReader reader, IReadOnlyList<FeedbackDocument> documents)
    {
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var term in document.TermFrequencies.Keys)
            {
                // why: with stop words kept in the index they would dominate every relevance model.
                if (term.Length >= MinTermLength && term.AsSpan().ContainsAnyExceptInRange('0', '9')
                    && !EnglishAnalyzer.DefaultStopSet.Contains(term))
                {
                    kept.Add(term);
                }
            }
        }
        // why: only the few terms that may be that frequent need their document frequency (FrequentTerms); the
        // others are known to pass.
        var doubtful = FrequentTerms.MayExceed(reader, TermField, MaxDocFreqRatio, kept);
        var docFreq = DocumentFrequencies.Of(reader, TermField, doubtful);
        var max = MaxDocFreqRatio * reader.NumDocs;
        for (var i = 0; i < doubtful.Count; i++)
        {
            if (docFreq[i] > max) kept.Remove(doubtful[i]);
        }
        return kept;
    }

    /// <summary>|Q|: distinct words of the original query in the feedback fields (at least 1).</summary>
    private int OriginalTermCount(IndexSearcher searcher, Query query)
    {
        var terms = new HashSet<Term>();
        try
        {
            searcher.Rewrite(query).ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            return 1;
        }
        var fields = Fields.Select(f => f.Field).Append(TermField).ToHashSet(StringComparer.Ordinal);
        return Math.Max(1, terms.Where(t => fields.Contains(t.Field)).Select(t => t.Text).Distinct(StringComparer.Ordinal).Count());
    }
}
