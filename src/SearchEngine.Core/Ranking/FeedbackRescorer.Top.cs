using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchEngine.Core.Indexing;

namespace SearchEngine.Core.Ranking;

// The first hits of a re-scored window, found without scoring every window hit for every feedback term.
public static partial class FeedbackRescorer
{
    /// <summary>
    /// The first <paramref name="k"/> hits of <see cref="Rescore"/>'s result, the same to the bit, for a caller that
    /// shows only them (a page within the window, without a cursor): the feedback clauses are scored one at a time,
    /// highest upper bound first, and a window hit is dropped as soon as the bounds of the clauses left cannot lift
    /// it to the k-th best score known so far (MaxScore over the window, Turtle &amp; Flood).
    /// </summary>
    /// <remarks>
    /// <para>
    /// why: re-scoring the whole 1,000-hit window with 20 feedback terms (two fields each) was a quarter of a search
    /// at a million papers, and a page shows 10 of them: after the heaviest clauses (the query's own words, which
    /// every window hit has) most hits cannot reach the page any more, and the clauses left are read only at the
    /// hits still in reach, skipping most of their postings.
    /// </para>
    /// <para>
    /// Exact: a BM25 score is below <c>(k1 + 1) × idf × boosts</c> (the term-frequency part tends to k1 + 1), so a
    /// hit's final score lies between its score so far (the clauses are never negative) and that plus the bounds of
    /// the clauses left; a hit is dropped only when that is below the k-th best lower bound of its own slice, so at
    /// least k kept hits rank before it. The kept hits' clauses are summed in a double as <see cref="ScoresOf"/>
    /// sums them (exact whatever the order, see there), so their scores are the same to the bit. Any other query
    /// shape or similarity, or <paramref name="k"/> not below the window, re-scores the whole window.
    /// </para>
    /// </remarks>
    public static FieldDoc[] Top(IndexSearcher searcher, IReadOnlyList<FieldDoc> firstPass, Rm3Expansion expansion,
        int window, IComparer<FieldDoc> order, int k)
    {
        var n = Math.Min(window, firstPass.Count);
        var clauses = k < n && IsPlainDisjunction(expansion.Terms) && searcher.Similarity.GetType() == typeof(BM25Similarity)
            ? BoundedClauses(searcher, (BM25Similarity)searcher.Similarity, expansion.Terms)
            : null;
        if (clauses is null) return Rescore(searcher, firstPass, expansion, window, order).Take(k).ToArray();

        var docs = new int[n];
        var floors = new float[n];
        for (var i = 0; i < n; i++)
        {
            docs[i] = firstPass[i].Doc;
            floors[i] = expansion.OriginalWeight * firstPass[i].Score;
        }
        var weights = clauses.Select(c => searcher.CreateNormalizedWeight(c.Query)).ToArray();
        // rest[j]: what the clauses after the j-th may still add, at most.
        var rest = new double[clauses.Count];
        for (var j = clauses.Count - 2; j >= 0; j--) rest[j] = rest[j + 1] + clauses[j + 1].Bound;

        var sums = new double[n];
        var byDoc = InDocumentOrder(docs);
        var slices = SlicedSearcher.ParallelSlices(searcher);
        var parts = slices is null ? [byDoc] : BySlice(docs, byDoc, slices);
        var kept = new int[parts.Count][];
        SlicedSearcher.RunParts(parts.Count, part =>
        {
            var alive = parts[part];
            for (var j = 0; j < weights.Length; j++)
            {
                AddScores(searcher, weights[j], docs, alive, sums);
                if (alive.Length > k && rest[j] > 0) alive = InReach(alive, floors, sums, rest[j], k);
            }
            kept[part] = alive;
        });

        var top = kept.SelectMany(p => p)
            .Select(i => firstPass[i].WithScore(floors[i] + (float)sums[i]))
            .ToArray();
        Array.Sort(top, order);
        return top.Length > k ? top[..k] : top;
    }

    /// <summary>
    /// The hits of <paramref name="alive"/> (document order kept) whose score may still reach the k-th best lower
    /// bound among them: score so far plus <paramref name="rest"/> not below it.
    /// </summary>
    private static int[] InReach(int[] alive, float[] floors, double[] sums, double rest, int k)
    {
        // The k-th largest lower bound, through a min-heap of the k largest.
        var best = new PriorityQueue<float, float>(k + 1);
        foreach (var i in alive)
        {
            var low = floors[i] + (float)sums[i];
            if (best.Count < k) best.Enqueue(low, low);
            else if (low > best.Peek()) best.EnqueueDequeue(low, low);
        }
        var threshold = best.Peek();
        var margin = rest * (1 + MaxScoreDisjunction.Margin);
        // Equal to the threshold is kept: a tie on the score is decided by the order's later keys.
        return alive.Where(i => floors[i] + (float)(sums[i] + margin) >= threshold).ToArray();
    }

    /// <summary>A feedback clause and the most it can add to a score.</summary>
    private readonly record struct BoundedClause(Query Query, double Bound);

    /// <summary>
    /// The clauses of <paramref name="terms"/>, highest bound first, their terms' statistics looked up once (for the
    /// bound and then the scorer); null when a clause is not a term or a disjunction of terms with positive boosts.
    /// </summary>
    private static List<BoundedClause>? BoundedClauses(IndexSearcher searcher, BM25Similarity similarity, BooleanQuery terms)
    {
        var clauses = new List<BoundedClause>(terms.Clauses.Count);
        foreach (var clause in terms.Clauses)
        {
            if (WithStates(searcher, similarity, clause.Query, 1f) is not { } bounded) return null;
            clauses.Add(new BoundedClause(bounded.Query, bounded.Bound * (1 + MaxScoreDisjunction.Margin)));
        }
        // Stable: equal bounds keep their clause order.
        return [.. clauses.OrderByDescending(c => c.Bound)];
    }

    /// <summary>
    /// <paramref name="query"/> rebuilt with each term's statistics attached (the same scores, no second term lookup)
    /// and the most it can score; null for any other shape.
    /// </summary>
    private static (Query Query, double Bound)? WithStates(IndexSearcher searcher, BM25Similarity similarity, Query query, float outer)
    {
        if (query.Boost <= 0 || float.IsNaN(query.Boost)) return null;
        switch (query)
        {
            case TermQuery term:
            {
                var states = TermStates.Of(searcher.TopReaderContext, term.Term);
                var stats = searcher.TermStatistics(term.Term, states);
                var idf = stats.DocFreq == 0 ? 0 : similarity.IdfExplain(searcher.CollectionStatistics(term.Term.Field), stats).Value;
                return (new TermQuery(term.Term, states) { Boost = term.Boost },
                    (similarity.K1 + 1) * (double)idf * term.Boost * outer);
            }
            case BooleanQuery b when b.CoordDisabled && b.MinimumNumberShouldMatch == 0 && b.Clauses.All(c => c.Occur == Occur.SHOULD):
            {
                var rebuilt = new BooleanQuery(disableCoord: true) { Boost = b.Boost };
                double bound = 0;
                foreach (var c in b.Clauses)
                {
                    if (WithStates(searcher, similarity, c.Query, outer * b.Boost) is not { } part) return null;
                    rebuilt.Add(part.Query, Occur.SHOULD);
                    bound += part.Bound;
                }
                return (rebuilt, bound);
            }
            default:
                return null;
        }
    }
}
