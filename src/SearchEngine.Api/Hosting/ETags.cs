using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Weak entity tags for JSON responses: a hash of the body as it will be serialized (without the timing field
/// <c>tookMs</c>, which changes on every run) and the index generation. Weak, because compressed and plain
/// representations of the same body are equivalent but not byte-identical.
/// </summary>
public static class ETags
{
    public static string Compute(object value, string generation, JsonSerializerOptions options)
    {
        var node = JsonSerializer.SerializeToNode(value, value.GetType(), options);
        if (node is JsonObject obj) obj.Remove("tookMs");
        var text = generation + "\n" + (node?.ToJsonString(options) ?? "null");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return $"W/\"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}\"";
    }

    /// <summary>RFC 9110 If-None-Match: weak comparison, a list of tags, or <c>*</c>.</summary>
    public static bool Matches(StringValues ifNoneMatch, string etag)
    {
        var opaque = Opaque(etag);
        foreach (var header in ifNoneMatch)
        {
            foreach (var candidate in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (candidate == "*" || Opaque(candidate) == opaque) return true;
            }
        }
        return false;
    }

    private static string Opaque(string tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
}
