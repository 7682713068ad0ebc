namespace SearchEngine.Core.Topics;

/// <summary>The analyzed terms of a paper's title and abstract, kept apart so phrases never span the two.</summary>
internal sealed record AnalyzedPaper(IReadOnlyList<string> Title, IReadOnlyList<string> Abstract);
