using System.Text.Json;
using System.Text.Json.Serialization;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Schema;

/// <summary>
/// Serializes a whole <see cref="Paper"/> into the stored <see cref="PaperFields.Source"/> field and back.
/// why: one stored blob (compressed by Lucene's stored-fields format) keeps every fact and its provenance
/// without a stored Lucene field per property; only the ~10 shown hits are ever decoded.
/// </summary>
public static class StoredPaperCodec
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Encode(Paper paper) => JsonSerializer.Serialize(paper, Options);

    public static Paper Decode(string json) =>
        JsonSerializer.Deserialize<Paper>(json, Options) ?? throw new InvalidDataException("empty stored paper");
}
