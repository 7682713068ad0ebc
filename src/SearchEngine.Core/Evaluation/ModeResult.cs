namespace SearchEngine.Core.Evaluation;

/// <summary>The search and similar-paper metrics of one retrieval mode (lexical, semantic, hybrid).</summary>
public sealed record ModeResult(string Mode, double Map, double Ndcg10, double Precision10, double Recall100, double Mrr,
    SimilarResult? Similar);
