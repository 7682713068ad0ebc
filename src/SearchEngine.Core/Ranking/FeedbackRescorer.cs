using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Indexing;

namespace SearchEngine.Core.Ranking;

/// <summary>
/// Applies RM3 feedback (<see cref="Rm3Expansion"/>) to the first hits of a ranked list instead of running the
/// expanded query over every match: the first <c>window</c> hits get their expanded score
/// (<c>OriginalWeight × first-pass score + expansion-terms score</c>, what the expanded query would give them) and
/// are re-sorted; the hits after the window keep their first-pass order, their score scaled by
/// <c>OriginalWeight</c>. Elasticsearch's rescore and Lucene's QueryRescorer work the same way.
/// </summary>
/// <remarks>
/// why: the expanded query adds 20 terms to every match's scoring; at a million papers a query of a title's words
/// has ~175k matches, and that second full pass cost more than the first. The expansion only reorders the top of
/// the list (the constrained feedback of search keeps the same matches), so scoring the window is enough.
/// The order stays total and consistent: a window hit's score is at least its scaled first-pass score, and every
/// hit after the window scored no more than the window's last hit in the first pass, so the whole list is in
/// (score, then the first pass's tie-breaks) order and a cursor can resume from any hit.
/// </remarks>
public static partial class FeedbackRescorer
{
    /// <summary>
    /// The hits of <paramref name="firstPass"/> (in first-pass order) with feedback applied to the first
    /// <paramref name="window"/>, as new <see cref="FieldDoc"/>s whose score (and first sort value, the score) is
    /// the expanded one; the window is sorted with <paramref name="order"/>.
    /// </summary>
    /// <param name="searcher">The searcher that ran the first pass.</param>
    /// <param name="firstPass">Hits sorted by score first, each a <see cref="FieldDoc"/> whose first sort value is the score.</param>
    /// <param name="expansion">The feedback of the query that ranked <paramref name="firstPass"/>.</param>
    /// <param name="window">How many of the first hits are re-scored.</param>
    /// <param name="order">The result order (score first, then tie-breaks) the window is sorted in.</param>
    public static FieldDoc[] Rescore(IndexSearcher searcher, IReadOnlyList<FieldDoc> firstPass, Rm3Expansion expansion,
        int window, IComparer<FieldDoc> order)
    {
        var n = Math.Min(window, firstPass.Count);
        var extra = n == 0 || expansion.Terms.Clauses.Count == 0
            ? new float[n]
            : ScoresOf(searcher, firstPass.Take(n).Select(d => d.Doc).ToArray(), expansion.Terms);
        var result = new FieldDoc[firstPass.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var hit = firstPass[i];
            result[i] = hit.WithScore(expansion.OriginalWeight * hit.Score + (i < n ? extra[i] : 0f));
        }
        Array.Sort(result, 0, n, order);
        return result;
    }

    /// <summary>
    /// The score of each of <paramref name="docs"/> (top-level ids) for <paramref name="terms"/>, 0 where it does not
    /// match: each clause scored by its own scorer, advanced through the documents in document order, and the
    /// clauses' scores summed in a double and rounded to a float once, as Lucene's disjunction scorer sums them.
    /// </summary>
    /// <remarks>
    /// why per clause: advancing one disjunction scorer moves every clause's postings through a heap for each
    /// document; each clause on its own skips that (measured over 1,000-hit windows of 20 terms, alternating rounds
    /// after warm-up: 1.9–2.0 → 1.7 ms at 100k papers, 9.6–10.1 → 7.8–8.2 ms at 1M, `bench/search-split.cs … rescore`).
    /// The sums are the same: the clauses' float
    /// scores add exactly in a double whatever their order unless one is over 2^24 times another, which weighted
    /// feedback terms never are; <c>FeedbackRescorerTests</c> compares every score to Lucene's to the bit.
    /// </remarks>
    internal static float[] ScoresOf(IndexSearcher searcher, int[] docs, BooleanQuery terms) =>
        ScoresOf(searcher, docs, terms, SlicedSearcher.ParallelSlices(searcher));

    /// <summary>
    /// As above, the documents of each of <paramref name="slices"/> (null: all on this thread) scored on a thread of
    /// their own.
    /// </summary>
    /// <remarks>
    /// why by slice: a document's clauses are still added in clause order by one thread, so the sums are the same
    /// to the bit; each thread advances its own scorers over its own segments. Measured at a million papers over two
    /// slices (`bench/search-split.cs … rescore-parallel`, 60 title queries, alternating rounds 2–4): 1,000-hit
    /// windows 3.7–4.2 → 3.2–3.6 ms; building the clauses' weights (a term lookup in every segment) stays on the
    /// calling thread.
    /// </remarks>
    internal static float[] ScoresOf(IndexSearcher searcher, int[] docs, BooleanQuery terms,
        IReadOnlyList<IList<AtomicReaderContext>>? slices)
    {
        if (!IsPlainDisjunction(terms)) return ScoresOfQuery(searcher, docs, terms);
        var sums = new double[docs.Length];
        var byDoc = InDocumentOrder(docs);
        var weights = terms.Clauses.Select(c => searcher.CreateNormalizedWeight(c.Query)).ToArray();
        var parts = slices is null ? [byDoc] : BySlice(docs, byDoc, slices);
        SlicedSearcher.RunParts(parts.Count, part =>
        {
            foreach (var weight in weights) AddScores(searcher, weight, docs, parts[part], sums);
        });
        return ToFloats(sums);
    }

    /// <summary><paramref name="byDoc"/> cut where each slice's documents end (slices are contiguous in document order).</summary>
    private static List<int[]> BySlice(int[] docs, int[] byDoc, IReadOnlyList<IList<AtomicReaderContext>> slices)
    {
        var parts = new List<int[]>(slices.Count);
        var start = 0;
        foreach (var slice in slices)
        {
            var last = slice[^1];
            var end = last.DocBase + last.Reader.MaxDoc;
            var stop = start;
            while (stop < byDoc.Length && docs[byDoc[stop]] < end) stop++;
            if (stop > start) parts.Add(byDoc[start..stop]);
            start = stop;
        }
        return parts.Count > 0 ? parts : [byDoc];
    }

    /// <summary>
    /// Whether <paramref name="query"/> scores as the plain sum of its clauses: only SHOULD clauses, no coord, no
    /// minimum to match, no boost of its own (the feedback terms <see cref="Rm3QueryExpander"/> builds).
    /// </summary>
    private static bool IsPlainDisjunction(BooleanQuery query) =>
        query.CoordDisabled && query.MinimumNumberShouldMatch == 0 && query.Boost == 1f
        && query.Clauses.All(c => c.Occur == Occur.SHOULD);

    /// <summary>As <see cref="ScoresOf"/> through one scorer for the whole query (any other query shape).</summary>
    internal static float[] ScoresOfQuery(IndexSearcher searcher, int[] docs, Query query)
    {
        // One float per document: through a double and back it is unchanged.
        var sums = new double[docs.Length];
        AddScores(searcher, searcher.CreateNormalizedWeight(query), docs, InDocumentOrder(docs), sums);
        return ToFloats(sums);
    }

    /// <summary>The indexes of <paramref name="docs"/> in document order (a scorer only moves forward).</summary>
    private static int[] InDocumentOrder(int[] docs) => Enumerable.Range(0, docs.Length).OrderBy(i => docs[i]).ToArray();

    /// <summary>
    /// Adds <paramref name="weight"/>'s score of each of <paramref name="docs"/> into <paramref name="sums"/>, one
    /// scorer per segment advanced through the documents in <paramref name="byDoc"/> order.
    /// </summary>
    private static void AddScores(IndexSearcher searcher, Weight weight, int[] docs, int[] byDoc, double[] sums)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leafIndex = -1;
        Scorer? scorer = null;
        var docBase = 0;
        foreach (var i in byDoc)
        {
            var leaf = ReaderUtil.SubIndex(docs[i], leaves);
            if (leaf != leafIndex)
            {
                leafIndex = leaf;
                var context = leaves[leaf];
                docBase = context.DocBase;
                scorer = weight.GetScorer(context, context.AtomicReader.LiveDocs);
            }
            if (scorer is null) continue;
            var target = docs[i] - docBase;
            var at = scorer.DocID;
            if (at < target) at = scorer.Advance(target);
            if (at == target) sums[i] += scorer.GetScore();
        }
    }

    private static float[] ToFloats(double[] sums)
    {
        var scores = new float[sums.Length];
        for (var i = 0; i < scores.Length; i++) scores[i] = (float)sums[i];
        return scores;
    }
}
