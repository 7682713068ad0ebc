using System.Text.Json.Serialization;

namespace SearchEngine.Cli.Output;

/// <summary>Source-generated JSON metadata for CLI outputs.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(IngestSummaryJson))]
[JsonSerializable(typeof(EvalJson))]
[JsonSerializable(typeof(EvalTableJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
