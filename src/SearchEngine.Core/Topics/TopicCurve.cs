using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Topics;

/// <summary>
/// Calibrates topic inference: each labelled paper (given topics the taxonomy knows) in turn has its topics hidden
/// and is left out of the neighbour pool (leave-one-out), then scored like an unlabelled paper. Its top
/// <see cref="TopicInferenceOptions.MaxTopics"/> scores are guesses; at each threshold the curve counts the
/// guesses kept, the right ones and the papers that keep one. <see cref="Choose"/> picks the shipped threshold.
/// </summary>
/// <example>
/// <code>
/// var heldOut = TopicCurve.HeldOut(papers, embedder, new TopicInferenceOptions());
/// var points = TopicCurve.Points(heldOut, step: 0.05);
/// var threshold = TopicCurve.Choose(points, targetPrecision: 0.9);
/// </code>
/// </example>
public static class TopicCurve
{
    /// <summary>Most labelled papers held out (sampled evenly), so calibration on a large corpus stays bounded.</summary>
    public const int MaxHeldOut = 5_000;

    /// <summary>
    /// The held-out guesses of every labelled paper of <paramref name="papers"/>: with <paramref name="embedder"/>
    /// from the embedding model, without it from the lexical model.
    /// </summary>
    public static IReadOnlyList<HeldOutPaper> HeldOut(IReadOnlyList<Paper> papers, Embedder? embedder, TopicInferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(papers);
        options.Validate();
        var labelled = Enumerable.Range(0, papers.Count).Where(i => TopicLabels.Of(papers[i]).Length > 0).ToArray();
        var evaluated = TopicLabels.EvenSample(labelled, MaxHeldOut);
        var result = new HeldOutPaper[evaluated.Count];
        if (embedder is not null)
        {
            var model = EmbeddingTopicModel.Build(papers, embedder, options, out var vectors);
            Parallel.For(0, evaluated.Count, TopicModel.Parallelism(options), k =>
            {
                var i = evaluated[k];
                result[k] = new HeldOutPaper(i, TopicLabels.Of(papers[i]),
                    model.Score(vectors[i], model.PoolPositionOf(i)).Take(options.MaxTopics).ToArray());
            });
            return result;
        }
        using var lexical = TopicInferrer.Build(papers, options);
        Parallel.For(0, evaluated.Count, TopicModel.Parallelism(options), k =>
        {
            var i = evaluated[k];
            result[k] = new HeldOutPaper(i, TopicLabels.Of(papers[i]),
                lexical.Score(lexical.Analyze(papers[i]), lexical.PoolPositionOf(i)).Take(options.MaxTopics).ToArray());
        });
        return result;
    }

    /// <summary>The curve at thresholds 0, <paramref name="step"/>, 2 × step … 1.</summary>
    public static IReadOnlyList<TopicCurvePoint> Points(IReadOnlyList<HeldOutPaper> heldOut, double step = 0.05)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        var points = new List<TopicCurvePoint>();
        var steps = (int)Math.Round(1 / step);
        for (var s = 0; s <= steps; s++)
        {
            // why: thresholds rounded to the grid, so 0.15 is 0.15 and not 0.15000000000000002.
            var threshold = Math.Round(s * step, 6);
            int guesses = 0, correct = 0, covered = 0;
            foreach (var paper in heldOut)
            {
                var kept = paper.Guesses.Where(g => g.Score >= threshold && g.Score > 0).ToList();
                guesses += kept.Count;
                correct += kept.Count(g => paper.Labels.Contains(g.Code, StringComparer.Ordinal));
                if (kept.Count > 0) covered++;
            }
            points.Add(new TopicCurvePoint(threshold, guesses, correct, covered, heldOut.Count));
        }
        return points;
    }

    /// <summary>
    /// The lowest threshold whose precision reaches <paramref name="targetPrecision"/> there and at every higher
    /// threshold of the curve (why: precision on a few dozen papers is not monotone; a threshold just above a
    /// lucky dip would not hold). Null when even the highest threshold with guesses misses the target.
    /// </summary>
    public static double? Choose(IReadOnlyList<TopicCurvePoint> points, double targetPrecision = 0.9)
    {
        double? chosen = null;
        foreach (var point in points.OrderByDescending(p => p.Threshold))
        {
            if (point.Guesses > 0 && point.Precision < targetPrecision) break;
            if (point.Guesses > 0) chosen = point.Threshold;
        }
        return chosen;
    }
}
