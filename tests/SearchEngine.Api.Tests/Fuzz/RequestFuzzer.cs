using System.Net.Http.Headers;
using System.Text;

namespace SearchEngine.Api.Tests.Fuzz;

/// <summary>
/// Random and malformed requests for the routes of an OpenAPI document: wrong types, huge, empty, unicode and
/// syntax-laden values, unknown and repeated parameters, odd path ids, other methods, malformed and mislabelled
/// bodies. Seeded, so a failing request is reproduced by its seed and index. Only requests that reach the
/// application: an encoded NUL in the path is refused by the server's HTTP layer itself (Kestrel: empty 400).
/// </summary>
public sealed class RequestFuzzer(IReadOnlyList<OpenApiRoute> routes, int seed, string? writeKey)
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"];
    private static readonly string[] Ids = ["p01", "p02", "p12", "nope", "", " ", "..", "%2e%2e", "a/b", "%2F", "ü", "💥", "p01%0d%0a", "\"", "'", "<script>", "null", "-1"];
    private static readonly string[] Values =
    [
        "", " ", "ghost", "ghost~2", "gho*", "g*", "*", "~", "\"", "\"unclosed", "(", ")", "a:b", "title:", "venue:CVPR", "-ghost", "+", "AND", "OR NOT",
        "0", "-1", "1", "2", "100", "101", "10000", "2147483648", "99999999999999999999", "1e9", "NaN", "0x10", "1.5", "true", "false", "yes",
        "2020", "2022-2018", "2018-2022", "-", "2020-", "-2020", "1800-9999", "relevance", "newest", "oldest", "citations", "bogus",
        "venue", "topic,author:50", "author:0", "venue:-1", ":", ",", ",,,", "bibtex", "ris", "csv", "json", "xml",
        "conference", "journal", "preprint", "cs.CV", "cs", "CVPR,NeurIPS", "Kai Han", "ü", "日本語", "💥", "\u0000", "\r\n", "%", "%%", "%zz", "\\",
        "eyJ4IjoxfQ", "not-a-cursor", "!!!", "null", "[]", "{}",
    ];

    private readonly Random _random = new(seed);

    public HttpRequestMessage Next()
    {
        var route = routes[_random.Next(routes.Count)];
        var method = _random.Next(10) == 0 ? Methods[_random.Next(Methods.Length)] : route.Method;
        var path = route.Path;
        foreach (var p in route.Parameters.Where(p => p.In == "path"))
        {
            path = path.Replace("{" + p.Name + "}", PathValue(), StringComparison.Ordinal);
        }
        var query = new List<string>();
        foreach (var p in route.Parameters.Where(p => p.In == "query"))
        {
            if (_random.Next(3) != 0) continue;
            var repeats = p.Type == "array" && _random.Next(4) == 0 ? _random.Next(2, 6) : 1;
            for (var i = 0; i < repeats; i++) query.Add(Name(p.Name) + "=" + Uri.EscapeDataString(Value(p.Type)));
        }
        if (_random.Next(8) == 0) query.Add(Uri.EscapeDataString(Value("string")) + "=" + Uri.EscapeDataString(Value("string")));
        if (_random.Next(20) == 0) query.Add("q=" + string.Join("%20", Enumerable.Range(0, 70).Select(i => $"w{i}~2")));
        var url = path + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH" || _random.Next(10) == 0) request.Content = Body(route);
        if (writeKey is not null && _random.Next(2) == 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _random.Next(4) == 0 ? "wrong" : writeKey);
        }
        if (_random.Next(10) == 0) request.Headers.TryAddWithoutValidation("If-None-Match", Value("string"));
        if (_random.Next(10) == 0) request.Headers.TryAddWithoutValidation("Accept", _random.Next(2) == 0 ? "text/csv" : "application/xml");
        return request;
    }

    /// <summary>Parameter names as documented, or in another case (binding is case-insensitive).</summary>
    private string Name(string name) => _random.Next(4) == 0 ? name.ToUpperInvariant() : name.ToLowerInvariant();

    private string PathValue()
    {
        var id = _random.Next(5) == 0 ? new string('x', _random.Next(1, 3000)) : Ids[_random.Next(Ids.Length)];
        return id.Contains('%', StringComparison.Ordinal) || id.Contains('/', StringComparison.Ordinal) ? id : Uri.EscapeDataString(id);
    }

    private string Value(string type)
    {
        return _random.Next(12) switch
        {
            0 => new string((char)_random.Next('a', 'z' + 1), _random.Next(100, 5000)),
            1 => string.Join(',', Enumerable.Range(0, _random.Next(2, 1500)).Select(i => $"v{i}")),
            2 => RandomText(_random.Next(1, 40)),
            3 when type == "array" => string.Join(',', Enumerable.Range(0, 3).Select(_ => Values[_random.Next(Values.Length)])),
            _ => Values[_random.Next(Values.Length)],
        };
    }

    private string RandomText(int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            // mostly printable ASCII, sometimes anything in the BMP outside surrogates
            var c = _random.Next(6) == 0 ? (char)_random.Next(0x80, 0xD800) : (char)_random.Next(0x20, 0x7F);
            text.Append(c);
        }
        return text.ToString();
    }

    private HttpContent Body(OpenApiRoute route)
    {
        var types = route.BodyTypes.Count > 0 ? route.BodyTypes : ["application/json"];
        var type = _random.Next(6) == 0
            ? new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=latin1" }[_random.Next(5)]
            : types[_random.Next(types.Count)];
        var text = _random.Next(9) switch
        {
            0 => "",
            1 => "{",
            2 => "[1,2,3]",
            3 => "null",
            4 => "{\"text\":" + (_random.Next(2) == 0 ? "12" : "\"" + Value("string").Replace("\"", "", StringComparison.Ordinal) + "\"") + ",\"size\":" + Values[_random.Next(Values.Length)].Length + "}",
            5 => "{\"id\":\"" + Ids[_random.Next(Ids.Length)].Replace("\"", "", StringComparison.Ordinal) + "\",\"title\":\"" + RandomText(_random.Next(0, 30)).Replace("\\", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal) + "\",\"year\":" + (_random.Next(2) == 0 ? "2020" : "\"x\"") + "}",
            6 => string.Join('\n', Enumerable.Range(0, _random.Next(1, 20)).Select(i => i % 3 == 0 ? "{bad" : $"{{\"id\":\"fz{_random.Next(50)}\",\"title\":\"Fuzzed {i}\"}}")),
            7 => RandomText(_random.Next(1, 200)),
            _ => "{\"title\":" + new string('9', _random.Next(1, 400)) + "}",
        };
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.TryAddWithoutValidation("Content-Type", type);
        return content;
    }
}
