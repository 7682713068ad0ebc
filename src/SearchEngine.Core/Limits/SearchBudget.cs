using System.Diagnostics;

namespace SearchEngine.Core.Limits;

/// <summary>
/// The time and cancellation budget of the work done for one request, carried ambiently (per async flow) so every
/// search the request makes (hits, facets, spelling, feedback, snippets) checks it without passing it down:
/// <see cref="Indexing.PaperIndex"/>'s searchers check it at each segment, every few hundred collected documents
/// and before each fuzzy or prefix expansion.
/// </summary>
/// <example>
/// <code>
/// using (SearchBudget.Begin(TimeSpan.FromSeconds(2), http.RequestAborted))
/// {
///     service.Search(request); // throws SearchBudgetExceededException or OperationCanceledException
/// }
/// </code>
/// </example>
public sealed class SearchBudget
{
    private static readonly AsyncLocal<SearchBudget?> Ambient = new();
    private readonly long _deadline;
    private readonly CancellationToken _cancellation;

    private SearchBudget(TimeSpan limit, CancellationToken cancellation, int maxThreads)
    {
        Limit = limit;
        MaxThreads = Math.Max(1, maxThreads);
        _deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        _cancellation = cancellation;
    }

    public TimeSpan Limit { get; }

    /// <summary>
    /// How many threads one search of the request may use at once (<see cref="Indexing.SlicedSearcher"/> searches
    /// one slice per thread); 1 keeps an expensive request on one core so it cannot take the CPU from the others.
    /// </summary>
    public int MaxThreads { get; }

    /// <summary>The budget of the current flow, or null (CLI, tests: unlimited).</summary>
    public static SearchBudget? Current => Ambient.Value;

    /// <summary>
    /// Starts a budget for the current async flow until the returned scope is disposed; its searches use at most
    /// <paramref name="maxThreads"/> threads at once (default: as many as the searcher has slices).
    /// </summary>
    public static IDisposable Begin(TimeSpan limit, CancellationToken cancellation, int maxThreads = int.MaxValue)
    {
        var previous = Ambient.Value;
        Ambient.Value = new SearchBudget(limit, cancellation, maxThreads);
        return new Scope(previous);
    }

    /// <summary>
    /// Starts the current flow's budget over: the same limit and cancellation from now, with at most
    /// <paramref name="maxThreads"/> threads (never more than it had); until the returned scope is disposed. A no-op
    /// without a budget.
    /// </summary>
    /// <remarks>why: a request that waited for its turn to search gets its whole budget for the search itself.</remarks>
    public static IDisposable Restart(int maxThreads)
    {
        var previous = Ambient.Value;
        if (previous is null) return new Scope(null);
        Ambient.Value = new SearchBudget(previous.Limit, previous._cancellation, Math.Min(maxThreads, previous.MaxThreads));
        return new Scope(previous);
    }

    /// <summary>Throws when the caller went away or the time is up; a no-op without a budget.</summary>
    /// <exception cref="OperationCanceledException">The request was cancelled (client gone).</exception>
    /// <exception cref="SearchBudgetExceededException">The time budget is spent.</exception>
    public static void Check()
    {
        if (Ambient.Value is not { } budget) return;
        budget._cancellation.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > budget._deadline) throw new SearchBudgetExceededException(budget.Limit);
    }

    private sealed class Scope(SearchBudget? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
