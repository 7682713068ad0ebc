using SearchEngine.Core.Suggest;

namespace SearchEngine.Api.Models;

/// <summary><c>GET /api/suggest</c>: completions of what the user typed so far.</summary>
public sealed record SuggestResponse(IReadOnlyList<Suggestion> Suggestions);
