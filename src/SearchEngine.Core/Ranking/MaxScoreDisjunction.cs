using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace SearchEngine.Core.Ranking;

/// <summary>
/// The top k of a weighted OR of terms (a more-like-this query), ranked by BM25 score and then by a string
/// tie-break field, computed with MaxScore pruning (Turtle &amp; Flood): documents that cannot enter the top k are
/// skipped without reading most of their postings. Returns exactly the top k that scoring every match gives.
/// </summary>
/// <remarks>
/// <para>
/// why: a more-like-this query ORs 25 terms, many frequent, so it matches most of the index; Lucene.Net 4.8 scores
/// every match (no block-max WAND). Here each term gets an upper bound of its score in the segment (BM25 grows
/// with term frequency and falls with length: the bound is the score of the largest possible frequency in the
/// segment's shortest document). Terms sorted by bound split into "non-essential" ones (together they cannot
/// reach the current k-th score) and essential ones: only documents containing an essential term are visited, and a
/// visit stops as soon as the bounds left cannot lift the document to the k-th score. Pruning is strict (bounds
/// below the k-th score by a safety margin for float rounding) so ties on the score still reach the tie-break.
/// </para>
/// <para>
/// Supported shapes (anything else, or a similarity other than <see cref="BM25Similarity"/>, runs as an ordinary
/// sorted search, so callers may pass any query): a <see cref="BooleanQuery"/> of SHOULD clauses, each a
/// <see cref="TermQuery"/> or again such a disjunction (an RM3-expanded more-like-this query nests the original
/// query), optionally inside a <see cref="BooleanQuery"/> with one MUST or SHOULD clause and MUST_NOT clauses,
/// optionally inside <see cref="FilteredQuery"/>s. Scores are the sum of the terms' BM25 scores, as Lucene computes
/// them (BM25 has no coord and no query norm; each term weighted by the boosts of the disjunctions around it),
/// added per disjunction in clause order; they may differ from Lucene's own in the last float bit because Lucene
/// adds them in another order. <see cref="TopDocs.TotalHits"/> is not the number of
/// matches (pruning does not count them): it is the number of hits returned.
/// </para>
/// </remarks>
public sealed partial class MaxScoreDisjunction
{
    /// <summary>
    /// The relative margin added to a sum of score bounds before it may drop a document (here and in
    /// <see cref="FeedbackRescorer.Top"/>).
    /// </summary>
    // why: a document's score is a float sum of up to a few dozen terms, and bounds are summed in another order;
    // this relative margin is orders of magnitude above that rounding, so a pruned document is always below the k-th.
    internal const double Margin = 1e-4;

    // Each term with its own boost and the product of the boosts around it (as BooleanWeight.Normalize passes it).
    private readonly List<(Term Term, float Boost, float TopLevelBoost)> _terms = [];
    private readonly List<Filter> _filters = [];
    private readonly List<Query> _excluded = [];
    private Disjunction? _root;

    /// <summary>A disjunction's clauses in order: a term (index into the terms) or a nested disjunction.</summary>
    private sealed class Disjunction
    {
        public List<(int Term, Disjunction? Nested)> Clauses { get; } = [];

        /// <summary>The score as Lucene composes it: each disjunction's float sum in clause order.</summary>
        public float Sum(float[] byTerm)
        {
            float sum = 0;
            foreach (var (term, nested) in Clauses) sum += nested is null ? byTerm[term] : nested.Sum(byTerm);
            return sum;
        }
    }

    private MaxScoreDisjunction() { }

    /// <summary>What the last search visited: documents considered and postings entries read.</summary>
    public readonly record struct Work(long Candidates, long Scored);

    /// <summary>
    /// The top <paramref name="k"/> hits of <paramref name="query"/> by score, ties by <paramref name="tieBreakField"/>
    /// (sorted doc values, ascending): the same as <c>searcher.Search(query, null, k, new Sort(SortField.FIELD_SCORE,
    /// new SortField(tieBreakField, SortFieldType.STRING)), true, false)</c>, with pruning when the query has a
    /// supported shape. Hits are <see cref="FieldDoc"/>s holding the score and the tie-break value.
    /// </summary>
    public static TopDocs Search(IndexSearcher searcher, Query query, int k, string tieBreakField) =>
        Search(searcher, query, k, tieBreakField, prune: true, out _);

    /// <summary>
    /// The order of <see cref="Search(IndexSearcher, Query, int, string)"/>'s hits: score descending, then the tie-break
    /// value (their second sort value) ascending; for re-sorting hits whose scores a re-scorer changed.
    /// </summary>
    public static IComparer<FieldDoc> HitOrder { get; } = Comparer<FieldDoc>.Create((a, b) =>
    {
        var byScore = b.Score.CompareTo(a.Score);
        return byScore != 0 ? byScore : ((BytesRef)a.Fields[1]!).CompareTo((BytesRef)b.Fields[1]!);
    });

    internal static TopDocs Search(IndexSearcher searcher, Query query, int k, string tieBreakField, bool prune, out Work work)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var plan = new MaxScoreDisjunction();
        if (searcher.Similarity is not BM25Similarity bm25 || !plan.Parse(query, 1f) || plan._terms.Count == 0)
        {
            work = default;
            return searcher.Search(query, null, k,
                new Sort(SortField.FIELD_SCORE, new SortField(tieBreakField, SortFieldType.STRING)), doDocScores: true, doMaxScore: false);
        }
        return plan.Run(searcher, bm25, k, tieBreakField, prune, out work);
    }

    private bool Parse(Query query, float boost)
    {
        switch (query)
        {
            case FilteredQuery filtered:
                _filters.Add(filtered.Filter);
                return Parse(filtered.Query, boost * filtered.Boost);
            case BooleanQuery b when IsDisjunction(b):
                if (_root is not null) return false;
                _root = Flatten(b, boost * b.Boost);
                return true;
            case BooleanQuery b when b.MinimumNumberShouldMatch == 0:
                var positive = b.Clauses.Where(c => c.Occur != Occur.MUST_NOT).ToList();
                if (positive.Count != 1) return false;
                _excluded.AddRange(b.Clauses.Where(c => c.Occur == Occur.MUST_NOT).Select(c => c.Query));
                return Parse(positive[0].Query, boost * b.Boost);
            default:
                return false;
        }
    }

    private static bool IsDisjunction(BooleanQuery b) =>
        b.MinimumNumberShouldMatch == 0 && b.Clauses.Count > 0
        && b.Clauses.All(c => c.Occur == Occur.SHOULD && (c.Query is TermQuery || c.Query is BooleanQuery nested && IsDisjunction(nested)));

    private Disjunction Flatten(BooleanQuery b, float topLevelBoost)
    {
        var node = new Disjunction();
        foreach (var c in b.Clauses)
        {
            if (c.Query is TermQuery term)
            {
                node.Clauses.Add((_terms.Count, null));
                _terms.Add((term.Term, term.Boost, topLevelBoost));
            }
            else
            {
                var nested = (BooleanQuery)c.Query;
                node.Clauses.Add((-1, Flatten(nested, topLevelBoost * nested.Boost)));
            }
        }
        return node;
    }

    private sealed class TermPlan(Term term, TermContext states, Similarity.SimWeight weight)
    {
        public Term Term { get; } = term;
        public TermContext States { get; } = states;
        public Similarity.SimWeight Weight { get; } = weight;
    }

    private TopDocs Run(IndexSearcher searcher, BM25Similarity similarity, int k, string tieBreakField, bool prune, out Work work)
    {
        var top = searcher.TopReaderContext;
        var plans = new List<TermPlan>();
        float sumOfSquares = 0;
        foreach (var (term, boost, _) in _terms)
        {
            var states = TermStates.Of(top, term);
            // A term no document has keeps its place (its score is always 0) so that clause indexes stay aligned.
            var weight = similarity.ComputeWeight(boost, searcher.CollectionStatistics(term.Field), searcher.TermStatistics(term, states));
            sumOfSquares += weight.GetValueForNormalization();
            plans.Add(new TermPlan(term, states, weight));
        }
        // As IndexSearcher.CreateNormalizedWeight and BooleanWeight.Normalize do (BM25 ignores the query norm).
        var norm = similarity.QueryNorm(sumOfSquares);
        if (float.IsInfinity(norm) || float.IsNaN(norm)) norm = 1f;
        for (var i = 0; i < plans.Count; i++) plans[i].Weight.Normalize(norm, _terms[i].TopLevelBoost);

        var excludedWeights = _excluded.Select(searcher.CreateNormalizedWeight).ToList();
        var hits = new TopHits(k);
        long candidates = 0, scored = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var segment = new SegmentRun(leaf, plans, _root!, similarity, hits, tieBreakField, prune);
            if (!segment.Restrict(_filters, excludedWeights)) continue;
            segment.Execute();
            candidates += segment.Candidates;
            scored += segment.Scored;
        }
        work = new Work(candidates, scored);
        var docs = hits.Sorted();
        var fields = new[] { SortField.FIELD_SCORE, new SortField(tieBreakField, SortFieldType.STRING) };
        var scoreDocs = docs.Select(h => (ScoreDoc)new FieldDoc(h.Doc, h.Score, [h.Score, h.Id])).ToArray();
        return new TopFieldDocs(scoreDocs.Length, scoreDocs, fields, scoreDocs.Length == 0 ? float.NaN : scoreDocs[0].Score);
    }
}
