namespace SearchEngine.Core.Evaluation;

/// <summary>The metrics of one judged query.</summary>
public sealed record QueryResult(string QueryId, int Relevant, int Retrieved, double AveragePrecision, double Ndcg10,
    double Precision10, double Recall100, double ReciprocalRank);
