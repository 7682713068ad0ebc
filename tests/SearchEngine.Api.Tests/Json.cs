using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SearchEngine.Api.Tests;

/// <summary>Small helpers for reading JSON responses in assertions.</summary>
public static class Json
{
    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("empty JSON");
    }

    public static async Task<(HttpResponseMessage Response, JsonNode Body)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return (response, await ReadAsync(response));
    }

    public static List<string> Ids(JsonNode body) =>
        body["hits"]!.AsArray().Select(h => (string)h!["id"]!).ToList();

    public static List<string> Strings(JsonNode? array) => array!.AsArray().Select(v => (string)v!).ToList();

    /// <summary>Facet values of a dimension as "value:count" strings, in response order.</summary>
    public static List<string> Facet(JsonNode body, string dimension) =>
        body["facets"]![dimension]!.AsArray().Select(v => $"{(string)v!["value"]!}:{(int)v["count"]!}").ToList();

    public static string? MediaType(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    public static StringContent Body(string text, string mediaType = "application/json") =>
        new(text, new MediaTypeHeaderValue(mediaType));

    public static JsonNode WithoutTookMs(string json)
    {
        var node = JsonNode.Parse(json)!;
        node.AsObject().Remove("tookMs");
        return node;
    }

    public static string Canonical(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
