namespace SearchEngine.Core.Limits;

/// <summary>A request's <see cref="SearchBudget"/> ran out; the work was stopped.</summary>
public sealed class SearchBudgetExceededException(TimeSpan limit)
    : Exception($"the request did not finish within its {limit.TotalMilliseconds:0} ms budget")
{
    public TimeSpan Limit { get; } = limit;
}
