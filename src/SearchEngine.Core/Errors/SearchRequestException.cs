namespace SearchEngine.Core.Errors;

/// <summary>Thrown by Core services when a request is invalid; carries the catalogued errors.</summary>
public sealed class SearchRequestException(IReadOnlyList<SearchError> errors)
    : Exception(string.Join("; ", errors.Select(e => e.Detail)))
{
    public SearchRequestException(SearchError error) : this([error]) { }

    public IReadOnlyList<SearchError> Errors { get; } = errors;
}
