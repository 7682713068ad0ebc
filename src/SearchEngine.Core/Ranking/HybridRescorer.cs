using Lucene.Net.Search;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Options;

namespace SearchEngine.Core.Ranking;

/// <summary>
/// Hybrid ranking of the matches of the words typed: the first <c>window</c> hits of the lexical ranking are ranked a
/// second time by the cosine of their vector with the query's, and the two are fused as
/// <see cref="HybridOptions.SearchFusion"/> says: by reciprocal rank (<see cref="HybridOptions.RrfK"/>) or by
/// <see cref="ScoreFusion"/> of the lexical scores and the cosines over the window. Hits after the window keep their
/// lexical order below every window hit.
/// </summary>
/// <remarks>
/// why: fusing with the nearest vectors of the whole index brings in papers that do not contain the words typed, so
/// the total, the facet counts, the highlights and a cursor would no longer describe the list. Re-ranking only the
/// matches keeps all of them exact, and on CACM and MED it keeps most of the gain of the unrestricted fusion
/// (docs/relevance.md). Scores are fusion scores: a window hit gets <c>1/(K + lexical rank) + 1/(K + cosine rank)</c>
/// (score fusion: 1 + its fused score in [0, 1]); a hit after the window gets a score below every window hit's that
/// grows with its lexical score, so the whole list stays in (score, then tie-breaks) order and a cursor can resume
/// anywhere.
/// </remarks>
public sealed class HybridRescorer(PaperVectors vectors, QuantizedVector query, HybridOptions? options = null)
{
    private readonly HybridOptions _options = options ?? new HybridOptions();

    /// <summary>
    /// The hits of <paramref name="ranked"/> (lexical order, scores non-negative) with the first
    /// <paramref name="window"/> fused and sorted with <paramref name="order"/>; new <see cref="FieldDoc"/>s whose
    /// score and first sort value are the fusion scores (strictly decreasing over the window, so any result order
    /// that sorts by score first keeps it).
    /// </summary>
    public FieldDoc[] Rescore(IndexSearcher searcher, IReadOnlyList<FieldDoc> ranked, int window)
    {
        var n = Math.Min(window, ranked.Count);
        var cosines = new float[n];
        for (var i = 0; i < n; i++)
        {
            // A paper without a vector (embedding failed) ranks last by meaning, keeping its lexical rank.
            cosines[i] = vectors.VectorOf(searcher, ranked[i].Doc) is { } v ? v.Dot(query) : float.NegativeInfinity;
        }
        var (fused, below) = _options.SearchFusion == FusionMethod.CombSum
            ? ByScore(ranked, cosines, _options.DenseWeight)
            : ByRank(cosines, _options.RrfK);

        // The window by fused score, ties (two lists swapping two papers give equal sums) to the better lexical rank.
        var byFusion = Enumerable.Range(0, n).OrderByDescending(i => fused[i]).ThenBy(i => i).ToArray();

        var result = new FieldDoc[ranked.Count];
        var previous = float.PositiveInfinity;
        for (var j = 0; j < n; j++)
        {
            // why: strictly decreasing float scores, so the result order (score first) is exactly this one.
            var score = Math.Min((float)fused[byFusion[j]], MathF.BitDecrement(previous));
            result[j] = ranked[byFusion[j]].WithScore(score);
            previous = score;
        }
        for (var i = n; i < result.Length; i++)
        {
            var s = Math.Max(0, ranked[i].Score);
            result[i] = ranked[i].WithScore((float)(below * s / (s + 1)));
        }
        return result;
    }

    /// <summary>Reciprocal-rank fusion of the window's lexical and cosine ranks; hits after it score below 1/(k + n + 1).</summary>
    private static (double[] Fused, double Below) ByRank(float[] cosines, int k)
    {
        var n = cosines.Length;
        var byMeaning = Enumerable.Range(0, n).OrderByDescending(i => cosines[i]).ThenBy(i => i).ToArray();
        var meaningRank = new int[n];
        for (var r = 0; r < n; r++) meaningRank[byMeaning[r]] = r + 1;
        var fused = new double[n];
        for (var i = 0; i < n; i++) fused[i] = 1.0 / (k + i + 1) + 1.0 / (k + meaningRank[i]);
        return (fused, 1.0 / (k + n + 1));
    }

    /// <summary>
    /// Score fusion of the window: min-max normalized lexical scores and cosines (a hit without a vector counts 0 by
    /// meaning), shifted to [1, 2] so every hit after the window (below 1) stays below.
    /// </summary>
    private static (double[] Fused, double Below) ByScore(IReadOnlyList<FieldDoc> ranked, float[] cosines, float denseWeight)
    {
        var n = cosines.Length;
        var lexical = ScoreFusion.MinMax(ranked.Take(n).Select(h => h.Score).ToList());
        var meaning = ScoreFusion.MinMax(cosines);
        var fused = new double[n];
        for (var i = 0; i < n; i++) fused[i] = 1 + (1 - denseWeight) * lexical[i] + denseWeight * meaning[i];
        return (fused, 1.0);
    }
}
