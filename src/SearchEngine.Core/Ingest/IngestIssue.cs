namespace SearchEngine.Core.Ingest;

/// <summary>
/// A problem found while reading: a rejected record, an incomplete page, a count that does not match.
/// Returned as a value (never thrown, never swallowed) so callers can report and tests can assert it.
/// </summary>
/// <param name="File">File name (no directory).</param>
/// <param name="Line">1-based line, or 0 when the issue concerns the whole file.</param>
/// <param name="Reason">Human-readable reason.</param>
public sealed record IngestIssue(string File, int Line, string Reason)
{
    /// <summary><c>file:line: reason</c>, the form the CLI prints.</summary>
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
