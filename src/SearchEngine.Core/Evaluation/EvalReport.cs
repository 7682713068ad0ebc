using SearchEngine.Core.Options;

namespace SearchEngine.Core.Evaluation;

/// <summary>The averages of one evaluation run, the per-query figures they come from, and the settings used.</summary>
public sealed record EvalReport
{
    public required AnalyzerOptions Analyzer { get; init; }
    public required RankingOptions Ranking { get; init; }
    public required int Papers { get; init; }
    /// <summary>Mean average precision over the judged queries.</summary>
    public required double Map { get; init; }
    public required double Ndcg10 { get; init; }
    public required double Precision10 { get; init; }
    public required double Recall100 { get; init; }
    public required double Mrr { get; init; }
    /// <summary>Queries scored: those with at least one relevant document (trec_eval's convention).</summary>
    public int Queries => PerQuery.Count;
    public required IReadOnlyList<QueryResult> PerQuery { get; init; }
    /// <summary>Null when the collection has no links.</summary>
    public SimilarResult? Similar { get; init; }
    /// <summary>
    /// Every retrieval mode (lexical, semantic, hybrid) when the run had embeddings; empty otherwise. The figures
    /// above are the lexical mode's.
    /// </summary>
    public IReadOnlyList<ModeResult> Modes { get; init; } = [];
}
