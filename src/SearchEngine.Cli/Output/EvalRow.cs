using SearchEngine.Core.Evaluation;

namespace SearchEngine.Cli.Output;

/// <summary>One collection's line of the <c>eval</c> table: the defaults' figures and, with <c>--baseline</c>, the stock ones.</summary>
public sealed record EvalRow(string Collection, EvalSummary Defaults, EvalSummary? Baseline)
{
    /// <summary>The mean row over <paramref name="rows"/> (null baseline unless every row has one).</summary>
    public static EvalRow Mean(IReadOnlyList<EvalRow> rows) => new(
        "mean",
        EvalSummary.Mean(rows.Select(r => r.Defaults).ToList()),
        rows.All(r => r.Baseline is not null) ? EvalSummary.Mean(rows.Select(r => r.Baseline!).ToList()) : null);
}
