using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SearchEngine.Api.Problems;
using SearchEngine.Core.Errors;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Guards the write endpoints: 403 <c>writes-disabled</c> (saying how to enable them) when no key is configured,
/// 401 <c>invalid-write-key</c> when the request has no or a wrong <c>Authorization: Bearer</c> key.
/// </summary>
public sealed class WriteKeyFilter(IOptions<ApiSettings> settings) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var keys = settings.Value.WriteKeyList();
        if (keys.Count == 0)
        {
            return ApiProblems.For(SearchErrorCode.WritesDisabled,
                "writes are disabled: set Api:WriteKeys (e.g. the environment variable Api__WriteKeys=<secret>) and send " +
                "'Authorization: Bearer <secret>'");
        }
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || !Matches(header[scheme.Length..].Trim(), keys))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiProblems.For(SearchErrorCode.InvalidWriteKey,
                "send a configured write key as 'Authorization: Bearer <key>'", "Authorization");
        }
        return await next(context);
    }

    /// <summary>Compares against every key in constant time, so timing reveals neither a key nor which one matched.</summary>
    private static bool Matches(string given, IReadOnlyList<string> keys)
    {
        var givenHash = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        var match = false;
        foreach (var key in keys)
        {
            // why: hashing first gives equal lengths, so FixedTimeEquals does not leak the key's length either.
            match |= CryptographicOperations.FixedTimeEquals(givenHash, SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        }
        return match;
    }
}
