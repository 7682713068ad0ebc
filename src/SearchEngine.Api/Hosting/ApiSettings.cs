namespace SearchEngine.Api.Hosting;

/// <summary>
/// Write access and per-request limits (config section <c>Api</c>; <c>--Api:WriteKeys=…</c> or
/// <c>Api__WriteKeys=…</c> in the environment). See docs/api.md, "Writes" and "Limits".
/// </summary>
public sealed class ApiSettings
{
    public const string Section = "Api";

    /// <summary>
    /// Keys that may write (<c>POST/DELETE /api/papers</c>), separated by <c>;</c> or <c>,</c>; sent as
    /// <c>Authorization: Bearer &lt;key&gt;</c>. Empty (the default): writes are disabled (403).
    /// </summary>
    public string WriteKeys { get; set; } = "";

    /// <summary>Wall-clock budget of one search-type request in milliseconds (default 2,000); then 503 <c>time-budget-exceeded</c>.</summary>
    public int TimeBudgetMs { get; set; } = 2000;

    /// <summary>Requests to <c>/api/*</c> executing at once (default: 4 per core); more wait in the queue.</summary>
    public int MaxConcurrentRequests { get; set; } = 4 * Environment.ProcessorCount;

    /// <summary>Requests allowed to wait for a slot (default 32); beyond that 429 with <c>Retry-After</c>.</summary>
    public int QueueLimit { get; set; } = 32;

    /// <summary>
    /// Admitted cheap requests whose search work runs at once (default: one per core); the others wait for it in
    /// arrival order (<see cref="SearchGate"/>).
    /// </summary>
    public int MaxConcurrentSearches { get; set; } = Environment.ProcessorCount;

    public IReadOnlyList<string> WriteKeyList() =>
        WriteKeys.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
