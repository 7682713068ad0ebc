namespace SearchEngine.Core.Evaluation;

/// <summary>
/// Ranking metrics with trec_eval's conventions: only the first <see cref="Depth"/> documents of a ranking count;
/// a document is relevant when its grade is above 0 (unjudged documents are not relevant); P@k divides by k even
/// when fewer documents were retrieved; nDCG uses gain = grade and a log2(rank + 1) discount, its ideal ranking
/// comes from all judged documents. Each method scores one query (or one paper); averages are taken by the caller
/// over the queries that have a relevant document.
/// </summary>
public static class Metrics
{
    /// <summary>Documents ranked beyond this do not count (trec_eval's default).</summary>
    public const int Depth = 1000;

    /// <summary>Average precision: the mean of P@rank over the relevant documents, retrieved or not.</summary>
    public static double AveragePrecision(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments)
    {
        var relevant = RelevantCount(judgments);
        if (relevant == 0) return 0;
        var found = 0;
        var sum = 0.0;
        for (var i = 0; i < Math.Min(ranking.Count, Depth); i++)
        {
            if (!IsRelevant(judgments, ranking[i])) continue;
            found++;
            sum += (double)found / (i + 1);
        }
        return sum / relevant;
    }

    /// <summary>Normalized discounted cumulative gain of the first <paramref name="k"/> documents (graded).</summary>
    public static double Ndcg(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments, int k)
    {
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(Math.Min(ranking.Count, k), Depth); i++)
        {
            if (judgments.TryGetValue(ranking[i], out var grade) && grade > 0) dcg += grade / Math.Log2(i + 2);
        }
        var ideal = 0.0;
        var rank = 0;
        foreach (var grade in judgments.Values.Where(g => g > 0).OrderDescending().Take(k))
        {
            ideal += grade / Math.Log2(++rank + 1);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /// <summary>Relevant documents among the first <paramref name="k"/>, divided by <paramref name="k"/>.</summary>
    public static double PrecisionAt(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments, int k) =>
        (double)CountRelevant(ranking, judgments, k) / k;

    /// <summary>Relevant documents among the first <paramref name="k"/>, divided by all relevant documents.</summary>
    public static double RecallAt(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments, int k)
    {
        var relevant = RelevantCount(judgments);
        return relevant == 0 ? 0 : (double)CountRelevant(ranking, judgments, k) / relevant;
    }

    /// <summary>1 / rank of the first relevant document, 0 when none is retrieved within <see cref="Depth"/>.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments)
    {
        for (var i = 0; i < Math.Min(ranking.Count, Depth); i++)
        {
            if (IsRelevant(judgments, ranking[i])) return 1.0 / (i + 1);
        }
        return 0;
    }

    public static int RelevantCount(IReadOnlyDictionary<string, int> judgments) => judgments.Values.Count(g => g > 0);

    private static bool IsRelevant(IReadOnlyDictionary<string, int> judgments, string id) =>
        judgments.TryGetValue(id, out var grade) && grade > 0;

    private static int CountRelevant(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgments, int k)
    {
        var count = 0;
        for (var i = 0; i < Math.Min(Math.Min(ranking.Count, k), Depth); i++)
        {
            if (IsRelevant(judgments, ranking[i])) count++;
        }
        return count;
    }
}
