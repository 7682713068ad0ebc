namespace SearchEngine.Api.Models;

/// <summary>
/// <c>POST /api/papers</c>: how many papers were written (durably, and visible to search), their ids in input order,
/// and each rejected line with its number and reason (the rest were applied).
/// </summary>
public sealed record WriteResponse(int Written, IReadOnlyList<string> Ids, IReadOnlyList<WriteResponse.LineError> Errors)
{
    /// <summary>One rejected input line (1-based; always 1 for a single JSON object).</summary>
    public sealed record LineError(int Line, string Detail);
}
