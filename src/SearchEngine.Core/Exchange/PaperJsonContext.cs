using System.Text.Json.Serialization;

namespace SearchEngine.Core.Exchange;

/// <summary>
/// Source-generated System.Text.Json metadata for the exchange schema: camelCase, nulls omitted, one
/// object per line (not indented), numbers strictly typed (<c>"year":"2022"</c> is an error).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(PaperJson))]
public sealed partial class PaperJsonContext : JsonSerializerContext;
