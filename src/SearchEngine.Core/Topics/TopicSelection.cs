namespace SearchEngine.Core.Topics;

/// <summary>
/// Abstention: which scored topics become inferred topics. A topic is inferred only when its confidence reaches
/// the threshold; when none does, the paper gets no inferred topic (a wrong topic is worse than none).
/// </summary>
public static class TopicSelection
{
    /// <summary>
    /// The codes of <paramref name="scores"/> (best first) whose score is at least <paramref name="minConfidence"/>,
    /// at most <paramref name="maxTopics"/>, best first.
    /// </summary>
    public static IReadOnlyList<string> Confident(IReadOnlyList<TopicScore> scores, double minConfidence, int maxTopics) => scores
        .Where(s => s.Score >= minConfidence && s.Score > 0)
        .OrderByDescending(s => s.Score)
        .ThenBy(s => s.Code, StringComparer.Ordinal)
        .Take(maxTopics)
        .Select(s => s.Code)
        .ToArray();
}
