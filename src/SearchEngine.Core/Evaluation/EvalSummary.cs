namespace SearchEngine.Core.Evaluation;

/// <summary>
/// The averages of one evaluation run without its per-query figures, so that runs on several collections can be
/// averaged into one row (<see cref="Mean"/>: every collection counts once, whatever its number of queries).
/// </summary>
public sealed record EvalSummary(double Map, double Ndcg10, double Precision10, double Recall100, double Mrr, int Queries,
    SimilarResult? Similar)
{
    /// <summary>Every retrieval mode's figures when the run had embeddings (<see cref="EvalReport.Modes"/>); else empty.</summary>
    public IReadOnlyList<ModeResult> Modes { get; init; } = [];

    public static EvalSummary From(EvalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Map, report.Ndcg10, report.Precision10, report.Recall100, report.Mrr, report.Queries, report.Similar)
        {
            Modes = report.Modes,
        };
    }

    /// <summary>One mode's figures as a summary over <paramref name="queries"/> queries.</summary>
    public static EvalSummary Of(ModeResult mode, int queries)
    {
        ArgumentNullException.ThrowIfNull(mode);
        return new(mode.Map, mode.Ndcg10, mode.Precision10, mode.Recall100, mode.Mrr, queries, mode.Similar);
    }

    /// <summary>
    /// The unweighted mean over collections (a macro average, as comparisons across collections are reported);
    /// similar-paper figures over the collections that have links, null when none has.
    /// </summary>
    public static EvalSummary Mean(IReadOnlyList<EvalSummary> summaries)
    {
        ArgumentOutOfRangeException.ThrowIfZero(summaries.Count);
        var linked = summaries.Where(s => s.Similar is not null).Select(s => s.Similar!).ToList();
        // why: a mode is averaged only when every collection was scored in it, like the other figures.
        var modes = summaries.SelectMany(s => s.Modes).GroupBy(m => m.Mode)
            .Where(g => g.Count() == summaries.Count)
            .Select(g =>
            {
                var mean = Mean(g.Select(m => Of(m, 0)).ToList());
                return new ModeResult(g.Key, mean.Map, mean.Ndcg10, mean.Precision10, mean.Recall100, mean.Mrr, mean.Similar);
            })
            .ToList();
        return new(
            summaries.Average(s => s.Map), summaries.Average(s => s.Ndcg10), summaries.Average(s => s.Precision10),
            summaries.Average(s => s.Recall100), summaries.Average(s => s.Mrr), summaries.Sum(s => s.Queries),
            linked.Count == 0 ? null : new SimilarResult(linked.Average(s => s.Precision10), linked.Average(s => s.Mrr), linked.Sum(s => s.Papers)))
        {
            Modes = modes,
        };
    }
}
