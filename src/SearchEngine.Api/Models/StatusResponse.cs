namespace SearchEngine.Api.Models;

/// <summary><c>/health</c> and <c>/ready</c> when all is well; <c>/ready</c> adds the server's last own rebuild.</summary>
public sealed record StatusResponse(string Status, int? Papers = null, RebuildStatus? Rebuild = null);
