using System.Text.Json.Serialization;
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

/// <summary>Source-generated JSON metadata for CLI outputs.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(IngestSummaryJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
