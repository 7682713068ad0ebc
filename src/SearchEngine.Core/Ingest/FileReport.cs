namespace SearchEngine.Core.Ingest;

/// <summary>What was read from one source file.</summary>
/// <param name="File">File name (no directory).</param>
/// <param name="Kind">Detected <see cref="Papers.PageKind"/>, or null when the format is unknown.</param>
/// <param name="Records">Records read (rejected ones not counted).</param>
/// <param name="StatedCount">The count the page itself states, when it states one.</param>
public sealed record FileReport(string File, string? Kind, int Records, int? StatedCount = null);
