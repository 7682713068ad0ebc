namespace SearchEngine.Core.Suggest;

/// <summary>Completions of what the user typed so far (<c>GET /api/suggest</c>).</summary>
public sealed record SuggestResponse(IReadOnlyList<Suggestion> Suggestions);
