namespace SearchEngine.Core.Evaluation;

/// <summary>Similar-paper quality against known links, averaged over every paper with at least one link.</summary>
public sealed record SimilarResult(double Precision10, double Mrr, int Papers);
