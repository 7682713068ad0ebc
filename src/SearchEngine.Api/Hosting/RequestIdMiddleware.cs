namespace SearchEngine.Api.Hosting;

/// <summary>
/// Gives every request an id: a valid incoming <c>X-Request-Id</c> (1–64 of <c>A-Z a-z 0-9 . _ -</c>) is kept,
/// anything else is replaced by a new one. The id becomes <see cref="HttpContext.TraceIdentifier"/> (logs,
/// problem details) and is echoed on every response, including errors.
/// </summary>
public sealed class RequestIdMiddleware(RequestDelegate next)
{
    public const string Header = "X-Request-Id";

    public Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[Header].ToString();
        var id = IsValid(incoming) ? incoming : Guid.NewGuid().ToString("N");
        context.TraceIdentifier = id;
        // why: OnStarting, because the exception handler clears headers set earlier.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = id;
            return Task.CompletedTask;
        });
        return next(context);
    }

    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
