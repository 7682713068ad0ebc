using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Journal;

/// <summary>
/// One line of a stream of written papers: the <see cref="Paper"/>, or the <see cref="Error"/> that rejected it.
/// </summary>
/// <param name="Line">1-based line number in the stream (blank lines count, as an editor shows them).</param>
public readonly record struct WrittenLine(int Line, Paper? Paper, string? Error);
