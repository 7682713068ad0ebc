namespace SearchEngine.Core.Ranking;

/// <summary>
/// Reciprocal-rank fusion (Cormack, Clarke &amp; Büttcher 2009): each list gives a document 1 / (k + rank), ranks
/// from 1; the sums order the fused list. Only ranks are used, so BM25 scores and cosines need no calibration.
/// k = 60 as in the paper; the feasibility study measured it on CACM (similar-paper P@10 0.134 → 0.158).
/// </summary>
public static class ReciprocalRankFusion
{
    public const int K = 60;

    /// <summary>The fused ranking of <paramref name="lists"/> (ids best first), ties broken by id (ordinal).</summary>
    public static IReadOnlyList<(string Id, float Score)> Fuse(params IReadOnlyList<string>[] lists) => Fuse(K, lists);

    /// <summary>The fused ranking of <paramref name="lists"/> with the constant <paramref name="k"/> (≥ 1).</summary>
    public static IReadOnlyList<(string Id, float Score)> Fuse(int k, params IReadOnlyList<string>[] lists)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            for (var rank = 0; rank < list.Count; rank++)
            {
                scores[list[rank]] = scores.GetValueOrDefault(list[rank]) + 1.0 / (k + rank + 1);
            }
        }
        return scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => (s.Key, (float)s.Value)).ToList();
    }
}
