namespace SearchEngine.Core.Topics;

/// <summary>A labelled paper scored with its own topics hidden.</summary>
/// <param name="Index">Its position in the corpus.</param>
/// <param name="Labels">Its given topics (normalized categories).</param>
/// <param name="Guesses">Its top-scored topics, best first.</param>
public sealed record HeldOutPaper(int Index, IReadOnlyList<string> Labels, IReadOnlyList<TopicScore> Guesses);
