namespace SearchEngine.Core.Options;

/// <summary>
/// Applies <c>key=value</c> overrides (the CLI's <c>--set</c>) to analyzer and ranking options: keys starting
/// with <c>analyzer.</c> go to <see cref="AnalyzerOptions.With"/>, all others (including <c>mlt.*</c>) to
/// <see cref="RankingOptions.With"/>.
/// </summary>
/// <example>
/// <code>
/// var (analyzer, ranking) = SettingOverrides.Apply(["analyzer.stemmer=kstem", "k1=0.9"], new(), new(), out var errors);
/// </code>
/// </example>
public static class SettingOverrides
{
    /// <summary>The options with every valid assignment applied; <paramref name="errors"/> lists each invalid one.</summary>
    public static (AnalyzerOptions Analyzer, RankingOptions Ranking) Apply(IEnumerable<string> assignments,
        AnalyzerOptions analyzer, RankingOptions ranking, out IReadOnlyList<string> errors)
    {
        var list = new List<string>();
        foreach (var assignment in assignments)
        {
            var eq = assignment.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                list.Add($"setting '{assignment}' must look like key=value");
                continue;
            }
            var key = assignment[..eq].Trim();
            var value = assignment[(eq + 1)..].Trim();
            string? error;
            if (key.StartsWith("analyzer.", StringComparison.OrdinalIgnoreCase))
            {
                analyzer = analyzer.With(key, value, out error);
            }
            else
            {
                ranking = ranking.With(key, value, out error);
            }
            if (error is not null) list.Add(error);
        }
        errors = list;
        return (analyzer, ranking);
    }
}
