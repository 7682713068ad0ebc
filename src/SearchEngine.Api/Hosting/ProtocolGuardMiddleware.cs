using Microsoft.Extensions.Primitives;
using SearchEngine.Api.Problems;
using SearchEngine.Core.Errors;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Protocol errors as problem details, before any endpoint runs: a host not in <c>AllowedHosts</c> (400
/// <c>invalid-host</c>), a request target over <see cref="MaxTargetChars"/> (414) or headers over
/// <see cref="MaxHeaderBytes"/> (431), and unknown paths under <c>/docs/</c> (404; the API reference would
/// otherwise answer any of them with its page).
/// </summary>
/// <remarks>
/// why here and not in Kestrel: Kestrel answers its own limit violations with empty bodies, so its limits are
/// raised above these (<see cref="ApiServices"/>) and the application enforces the documented ones. Requests Kestrel
/// cannot parse at all (malformed framing, lines over its raised limits) still get its empty 400/414/431.
/// </remarks>
public sealed class ProtocolGuardMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const int MaxTargetChars = 16 * 1024;
    public const int MaxHeaderBytes = 32 * 1024;
    /// <summary>Kestrel's own limits, raised so the ones above are reached first.</summary>
    public const int KestrelLimitBytes = 64 * 1024;

    private readonly StringSegment[] _hosts = configuration["AllowedHosts"] is { Length: > 0 } hosts
        ? hosts.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(h => new StringSegment(h)).ToArray()
        : [];

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (_hosts.Length > 0 && !_hosts.Any(h => h == "*") && !HostString.MatchesAny(request.Host.Host, _hosts))
        {
            await ApiProblems.For(SearchErrorCode.InvalidHost,
                "this server does not answer for that Host header (see AllowedHosts)", "Host").ExecuteAsync(context);
            return;
        }
        if (request.Path.Value?.Length + request.QueryString.Value?.Length > MaxTargetChars)
        {
            await Problem(context, StatusCodes.Status414UriTooLong, "uri-too-long", "URI too long",
                $"the request target is longer than {MaxTargetChars:N0} characters");
            return;
        }
        if (request.Headers.Sum(h => h.Key.Length + h.Value.Sum(v => v?.Length ?? 0)) > MaxHeaderBytes)
        {
            await Problem(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "headers-too-large",
                "Request headers too large", $"the request headers are larger than {MaxHeaderBytes:N0} bytes");
            return;
        }
        if (IsUnknownDocsPath(request.Path))
        {
            await Problem(context, StatusCodes.Status404NotFound, "not-found", "Not Found", "no such page");
            return;
        }
        await next(context);
    }

    /// <summary>Under <c>/docs/</c> only the error catalog and the reference's own files (with an extension) exist.</summary>
    private static bool IsUnknownDocsPath(PathString path)
    {
        if (!path.StartsWithSegments("/docs", out var rest) || !rest.HasValue || rest.Value == "/") return false;
        var name = rest.Value!.TrimStart('/');
        return name != "errors" && (name.Contains('/') || !Path.HasExtension(name));
    }

    private static Task Problem(HttpContext context, int status, string code, string title, string detail)
    {
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = status, Title = title, Detail = detail, Type = ApiProblems.TypePrefix + code,
        };
        problem.Extensions["code"] = code;
        return TypedResults.Problem(problem).ExecuteAsync(context);
    }
}
