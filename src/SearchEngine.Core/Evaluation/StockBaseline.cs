using SearchEngine.Core.Options;

namespace SearchEngine.Core.Evaluation;

/// <summary>
/// The stock configuration <c>eval --baseline</c> compares the shipped defaults with: what an untuned Lucene does
/// (EnglishAnalyzer's chain with Porter, one combined title + abstract field, BM25 k1 1.2 b 0.75, OR, Lucene's
/// MoreLikeThis defaults), expressed as overrides of the one index layout: only the combined <c>text</c> field is
/// weighted; the title, unstemmed-title and author bonuses are 0, so those fields are not searched.
/// The only place an alternative configuration of the engine is kept.
/// </summary>
/// <example>
/// <code>
/// var report = EvalRunner.Run(collection, StockBaseline.Analyzer, StockBaseline.Ranking);
/// </code>
/// </example>
public static class StockBaseline
{
    /// <summary>The overrides, in <c>--set</c> syntax, that turn the defaults into the stock configuration.</summary>
    public static IReadOnlyList<string> Settings { get; } =
    [
        "analyzer.stemmer=porter", "analyzer.stopwords=true", "analyzer.worddelimiter=false", "analyzer.modelfamilies=false",
        "k1=1.2", "b=0.75", "text=1", "title=0", "author=0", "titleexact=0", "operator=or", "feedback=false",
        // why: Lucene's MoreLikeThis defaults, over the one combined field ("abstract" is indexed inside it).
        "mlt.mintermfreq=2", "mlt.mindocfreq=5", "mlt.maxdocfreqpercent=100", "mlt.maxqueryterms=25", "mlt.minwordlen=0",
        "mlt.boost=false", "mlt.fields=abstract",
    ];

    /// <summary>The stock analysis (applied to the default <see cref="AnalyzerOptions"/>).</summary>
    public static AnalyzerOptions Analyzer => Options.Analyzer;

    /// <summary>The stock ranking (applied to the default <see cref="RankingOptions"/>).</summary>
    public static RankingOptions Ranking => Options.Ranking;

    private static (AnalyzerOptions Analyzer, RankingOptions Ranking) Options
    {
        get
        {
            var options = SettingOverrides.Apply(Settings, new AnalyzerOptions(), new RankingOptions(), out var errors);
            return errors.Count == 0
                ? options
                : throw new InvalidOperationException("stock baseline settings are invalid: " + string.Join("; ", errors));
        }
    }
}
