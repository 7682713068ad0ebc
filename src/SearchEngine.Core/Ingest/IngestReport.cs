namespace SearchEngine.Core.Ingest;

/// <summary>The summary of one ingest run: per-file counts, unknown files, merge figures and every issue.</summary>
public sealed record IngestReport
{
    /// <summary>Files read with a known format, in reading order.</summary>
    public IReadOnlyList<FileReport> Files { get; init; } = [];
    /// <summary>Files skipped because no reader recognized their content (empty, binary, other formats).</summary>
    public IReadOnlyList<string> UnknownFiles { get; init; } = [];
    public int TotalRecords => Files.Sum(f => f.Records);
    public int DistinctPapers { get; init; }
    /// <summary>Papers built from more than one record.</summary>
    public int MergedGroups { get; init; }
    /// <summary>Rejected records and other problems, as <c>file:line: reason</c>.</summary>
    public IReadOnlyList<IngestIssue> Issues { get; init; } = [];
}
