using SearchEngine.Core.Papers;
using SearchEngine.Core.Topics;

namespace SearchEngine.Core.Tests.Topics;

/// <summary>
/// Measures topic inference on papers whose topic is known, by hiding it: leave-one-out over the labelled papers.
/// <para>
/// Each evaluated paper is classified as if it had no given topic: it is left out of the neighbour pool (its own
/// label cannot vote), and everything else is as <see cref="TopicInferrer"/> does it. Term statistics (IDF) still
/// include its text, as they would in production, where they are label-free. One model serves every paper, so
/// leave-one-out costs no more than inference itself.
/// </para>
/// </summary>
public static class TopicAgreement
{
    /// <summary>
    /// Leave-one-out agreement over the labelled papers of <paramref name="papers"/> (at most
    /// <paramref name="maxEvaluated"/> of them, sampled evenly).
    /// </summary>
    public static TopicAgreementResult Measure(
        IReadOnlyList<Paper> papers, TopicInferenceOptions? options = null, int maxEvaluated = 5_000)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEvaluated, 1);
        options ??= new TopicInferenceOptions();
        options.Validate();
        var labelled = Enumerable.Range(0, papers.Count).Where(i => TopicLabels.Of(papers[i]).Length > 0).ToArray();
        var evaluated = TopicLabels.EvenSample(labelled, maxEvaluated);
        if (evaluated.Count == 0) return new TopicAgreementResult(0, 0, 0, 0, null, 0);

        using var model = TopicInferrer.Build(papers, options);
        var inferred = new IReadOnlyList<string>[evaluated.Count];
        Parallel.For(0, evaluated.Count, TopicModel.Parallelism(options), k =>
        {
            var index = evaluated[k];
            var scores = model.Score(model.Analyze(papers[index]), model.PoolPositionOf(index));
            inferred[k] = model.Select(scores);
        });

        var labels = evaluated.Select(i => TopicLabels.Of(papers[i])).ToArray();
        int top1 = 0, any = 0, none = 0;
        for (var k = 0; k < evaluated.Count; k++)
        {
            if (inferred[k].Count == 0) { none++; continue; }
            if (labels[k].Contains(inferred[k][0], StringComparer.Ordinal)) top1++;
            if (inferred[k].Any(code => labels[k].Contains(code, StringComparer.Ordinal))) any++;
        }
        var majority = labels.SelectMany(l => l)
            .GroupBy(code => code, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
        var majorityCorrect = majority is null ? 0 : labels.Count(l => l.Contains(majority, StringComparer.Ordinal));
        return new TopicAgreementResult(evaluated.Count, top1, any, none, majority, majorityCorrect);
    }
}
