using SearchEngine.Core.Ingest;

namespace SearchEngine.Cli.Output;

/// <summary>The <c>ingest --json</c> output: the report in a stable camelCase shape.</summary>
public sealed record IngestSummaryJson(
    IReadOnlyList<FileReport> Files,
    IReadOnlyList<string> UnknownFiles,
    int TotalRecords,
    int DistinctPapers,
    int MergedGroups,
    IReadOnlyList<string> Issues,
    string? Out)
{
    public static IngestSummaryJson From(IngestReport r, string? outPath) => new(
        r.Files, r.UnknownFiles, r.TotalRecords, r.DistinctPapers, r.MergedGroups,
        [.. r.Issues.Select(i => i.ToString())], outPath);
}
