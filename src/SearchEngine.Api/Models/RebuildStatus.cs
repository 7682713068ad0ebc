namespace SearchEngine.Api.Models;

/// <summary>
/// The server's last own rebuild (in <c>/ready</c>): <c>running</c> (with its current stage), <c>succeeded</c> or
/// <c>failed</c> (with what happened: never a path or exception text; the server log has the details).
/// </summary>
public sealed record RebuildStatus(string State, DateTimeOffset StartedAt, string? Stage = null, string? Detail = null,
    DateTimeOffset? EndedAt = null, int? Papers = null)
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}
