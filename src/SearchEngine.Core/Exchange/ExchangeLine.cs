using System.Text.Json;

namespace SearchEngine.Core.Exchange;

/// <summary>
/// One exchange-schema object (docs/data-format.md) read from text: a line of a JSON Lines file, a line of an NDJSON
/// request, a JSON request body. The one place that turns such text into a <see cref="PaperJson"/> or a reason, so
/// ingest, <c>searchengine add</c> and <c>POST /api/papers</c> reject a bad line in the same words.
/// </summary>
public static class ExchangeLine
{
    /// <summary>The object, or null with <paramref name="error"/> saying what is wrong (no .NET type names).</summary>
    public static PaperJson? Parse(string json, out string? error)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize(json, PaperJsonContext.Default.PaperJson);
            error = parsed is null ? "not a JSON object" : null;
            return parsed;
        }
        catch (JsonException e)
        {
            error = Describe(json, e);
            return null;
        }
    }

    /// <summary>Tells a syntax error from a wrongly typed value (<c>"year":"abc"</c>); only runs on the error path.</summary>
    private static string Describe(string json, JsonException e)
    {
        try
        {
            using var _ = JsonDocument.Parse(json);
        }
        catch (JsonException syntax)
        {
            return $"invalid JSON: {FirstSentence(syntax.Message)}";
        }
        // why: the serializer's text names the .NET target type (System.Nullable`1[System.Int32]); the JSON path
        // and the schema are what the sender can act on.
        return $"invalid value at {e.Path ?? "$"}: not of the type docs/data-format.md gives for it";
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd(' ', '|') : message;
    }
}
