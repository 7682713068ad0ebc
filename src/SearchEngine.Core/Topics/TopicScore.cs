namespace SearchEngine.Core.Topics;

/// <summary>A topic code with its combined inference score (0–1; higher is more confident).</summary>
public readonly record struct TopicScore(string Code, double Score);
