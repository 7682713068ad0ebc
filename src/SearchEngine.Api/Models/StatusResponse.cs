namespace SearchEngine.Api.Models;

/// <summary><c>/health</c> and <c>/ready</c> when all is well.</summary>
public sealed record StatusResponse(string Status, int? Papers = null);
