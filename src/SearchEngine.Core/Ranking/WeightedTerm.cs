namespace SearchEngine.Core.Ranking;

/// <summary>A term and its probability in a relevance model.</summary>
public readonly record struct WeightedTerm(string Term, double Weight);
