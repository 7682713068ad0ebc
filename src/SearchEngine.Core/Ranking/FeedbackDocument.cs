namespace SearchEngine.Core.Ranking;

/// <summary>One feedback document: its first-pass score and the frequencies of its terms.</summary>
public sealed record FeedbackDocument(double Score, IReadOnlyDictionary<string, int> TermFrequencies);
