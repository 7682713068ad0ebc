namespace SearchEngine.Core.Papers;

/// <summary>Where one record was read: the file, the kind of page, the record's position on it and its line.</summary>
/// <param name="File">The source file name (no directory), so provenance is the same on every machine.</param>
/// <param name="PageKind">One of <see cref="Papers.PageKind"/>.</param>
/// <param name="Ordinal">1-based position of the record among the records of that file.</param>
/// <param name="Line">1-based line where the record starts.</param>
public sealed record SourceRef(string File, string PageKind, int Ordinal, int Line);
