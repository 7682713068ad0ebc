namespace SearchEngine.Core.Ranking;

/// <summary>
/// Score-based fusion (Fox &amp; Shaw's CombSUM with min-max normalization, as Lee 1997 and Bruch et al. 2023
/// recommend over raw scores): each list's scores are mapped to [0, 1] by min-max over that list, and a document's
/// fused score is <c>(1 − w)·lexical + w·semantic</c>, with 0 for a list that does not hold it (the same as that list's
/// lowest score). Unlike <see cref="ReciprocalRankFusion"/> it keeps how far apart the scores are: a clear first
/// neighbour stays clearly first, and near-equal scores deep in a list add near-equal amounts.
/// </summary>
public static class ScoreFusion
{
    /// <summary>
    /// <paramref name="scores"/> mapped by min-max to [0, 1] over its finite values: the highest is 1, the lowest 0;
    /// when they are all equal (one score, say) every one is 1. A non-finite score (a paper without a vector) is 0.
    /// </summary>
    public static double[] MinMax(IReadOnlyList<float> scores)
    {
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        foreach (var s in scores)
        {
            if (!float.IsFinite(s)) continue;
            lo = Math.Min(lo, s);
            hi = Math.Max(hi, s);
        }
        var result = new double[scores.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var s = scores[i];
            result[i] = !float.IsFinite(s) ? 0 : hi > lo ? (s - lo) / (hi - lo) : 1;
        }
        return result;
    }

    /// <summary>
    /// The fused ranking of a lexical and a semantic list (ids with their own scores, any order; an id repeated in
    /// one list counts once, with its best score), best first, ties broken by id (ordinal).
    /// </summary>
    /// <param name="denseWeight">Weight of the semantic list in [0, 1]; the lexical list gets 1 − it.</param>
    public static IReadOnlyList<(string Id, float Score)> Fuse(IReadOnlyList<(string Id, float Score)> lexical,
        IReadOnlyList<(string Id, float Score)> dense, float denseWeight)
    {
        if (!(denseWeight is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(denseWeight), denseWeight, "must be in [0, 1]");
        var fused = new Dictionary<string, double>(StringComparer.Ordinal);
        Add(fused, lexical, 1 - denseWeight);
        Add(fused, dense, denseWeight);
        return fused.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => (s.Key, (float)s.Value)).ToList();
    }

    private static void Add(Dictionary<string, double> fused, IReadOnlyList<(string Id, float Score)> list, double weight)
    {
        var normalized = MinMax(list.Select(e => e.Score).ToList());
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            best[list[i].Id] = Math.Max(best.GetValueOrDefault(list[i].Id), normalized[i]);
        }
        foreach (var (id, score) in best) fused[id] = fused.GetValueOrDefault(id) + weight * score;
    }
}
