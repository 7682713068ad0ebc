using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SearchEngine.Core.Search;

/// <summary>
/// The JSON settings of every response, shared by the API and the CLI's <c>--json</c> so both print the same
/// document for the same request: camelCase, enums as lower-case strings.
/// </summary>
public static class SearchJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>Applies the shared settings to an existing options object (ASP.NET's HTTP JSON options).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        // why: titles and names in any script stay readable in the JSON (the default escapes all non-ASCII), while
        // HTML-sensitive characters (< > & ' ") stay escaped: no response carries markup.
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions { WriteIndented = indented };
        Configure(options);
        return options;
    }
}
