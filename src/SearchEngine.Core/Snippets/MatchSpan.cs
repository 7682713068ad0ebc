namespace SearchEngine.Core.Snippets;

/// <summary>
/// One highlighted span of the source text: one or more overlapping matched tokens merged (WordDelimiterFilter
/// emits <c>ghostnetv2</c>, <c>ghost</c>, <c>net</c> … for <c>GhostNetV2</c>, all with overlapping offsets).
/// </summary>
/// <param name="Start">Offset of the first character in the source text.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Key">The term the span counts as when clusters count distinct matched terms.</param>
internal readonly record struct MatchSpan(int Start, int End, string Key);
