using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchEngine.Core.Limits;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// An <see cref="IndexSearcher"/> that runs one query over contiguous slices of segments on several cores, one
/// collector per slice; the caller merges the collectors (top hits with <see cref="TopDocs.Merge(Sort, int, int, TopDocs[])"/>,
/// facet counts by adding them), so totals and counts stay exact.
/// </summary>
/// <remarks>
/// why not <c>new IndexSearcher(reader, TaskScheduler)</c>: in Lucene.Net 4.8 (as in Java Lucene 4.8) the executor
/// is used only by the convenience <c>Search(query, n[, sort])</c> overloads, which build their own top-docs
/// collectors; <c>Search(query, collector)</c>, which facet counting needs, walks every segment on the calling thread.
/// Here the slices are searched through the protected per-leaf <c>Search(leaves, weight, collector)</c> with one
/// normalized weight shared by the slices (weights are thread-safe; scorers are per segment and thread).
/// Slices are contiguous in document order so that a merge breaking ties by slice keeps document order.
/// Every slice is searched through <see cref="BudgetedIndexSearcher"/>'s checks; the request's
/// <see cref="SearchBudget"/> flows into the slice tasks with the execution context.
/// </remarks>
public sealed class SlicedSearcher : BudgetedIndexSearcher
{
    /// <summary>Below this many documents per extra slice, a second thread costs more than it saves.</summary>
    public const int MinDocsPerSlice = 20_000;

    private readonly IReadOnlyList<IList<AtomicReaderContext>> _slices;
    private readonly bool _yieldWhenBusy;

    public SlicedSearcher(IndexReader reader, Similarity similarity, int maxSlices)
        : this(reader, similarity, maxSlices, MinDocsPerSlice, yieldWhenBusy: true) { }

    /// <summary>For tests: slices of any size, always used (not only when the thread pool is idle).</summary>
    internal SlicedSearcher(IndexReader reader, Similarity similarity, int maxSlices, int minDocsPerSlice, bool yieldWhenBusy)
        : base(reader)
    {
        Similarity = similarity;
        _slices = Partition(reader.Leaves, maxSlices, minDocsPerSlice);
        _yieldWhenBusy = yieldWhenBusy;
    }

    /// <summary>How many slices a query is split into (1: searched on the calling thread only).</summary>
    public int SliceCount => _slices.Count;

    /// <summary>
    /// Runs <paramref name="query"/> once per slice of segments, each slice with new state from
    /// <paramref name="newState"/> (whose collector <paramref name="collectorOf"/> gives), in parallel; returns the
    /// states in slice (document) order. On any other <see cref="IndexSearcher"/>, while the thread pool is
    /// saturated, or when the request's <see cref="SearchBudget.MaxThreads"/> is below the slice count, one state over
    /// the whole index.
    /// </summary>
    public static IReadOnlyList<T> Collect<T>(IndexSearcher searcher, Query query, Func<T> newState, Func<T, ICollector> collectorOf)
    {
        if (ParallelSlices(searcher) is null)
        {
            var single = newState();
            searcher.Search(query, collectorOf(single));
            return [single];
        }
        return ((SlicedSearcher)searcher).CollectSlices(query, newState, collectorOf);
    }

    /// <summary>
    /// The slices of segments a request may work on in parallel right now, or null when it should use the calling
    /// thread alone: not a <see cref="SlicedSearcher"/> of several slices, the thread pool saturated, or a request
    /// held to fewer threads. The one rule for every per-request split (<see cref="Collect"/>, feedback re-scoring).
    /// </summary>
    public static IReadOnlyList<IList<AtomicReaderContext>>? ParallelSlices(IndexSearcher searcher)
    {
        if (searcher is not SlicedSearcher { _slices.Count: > 1 } sliced
            // why: when the thread pool already has work waiting (a saturated server), extra tasks only queue
            // behind it; one thread per request is then the faster way. The results are the same either way.
            || (sliced._yieldWhenBusy && ThreadPool.PendingWorkItemCount > 0)
            // why: an expensive request is held to one core, so the cheap ones beside it keep the others.
            || SearchBudget.Current?.MaxThreads < sliced._slices.Count)
        {
            return null;
        }
        return sliced._slices;
    }

    /// <summary>
    /// Runs <paramref name="work"/> once per part, the first on the calling thread and the others on the thread
    /// pool, and waits for all; the first failure is rethrown as itself.
    /// </summary>
    public static void RunParts(int parts, Action<int> work)
    {
        var others = new Task[parts - 1];
        for (var i = 1; i < parts; i++)
        {
            var part = i;
            others[part - 1] = Task.Run(() => work(part));
        }
        ExceptionDispatchInfo? failure = null;
        try
        {
            work(0);
        }
        catch (Exception e)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }
        // why: every part must end before the caller releases the searcher (and its reader); the first failure is
        // rethrown as itself, not as an AggregateException, so a spent budget or a cancellation keeps its meaning.
        try
        {
            Task.WaitAll(others);
        }
        catch (AggregateException e) when (failure is null)
        {
            failure = ExceptionDispatchInfo.Capture(e.InnerExceptions[0]);
        }
        catch (AggregateException)
        {
            // The calling thread's failure is the one reported.
        }
        failure?.Throw();
    }

    /// <summary>Always one state per slice (tests use it to check the sliced path whatever the pool's load).</summary>
    internal T[] CollectSlices<T>(Query query, Func<T> newState, Func<T, ICollector> collectorOf)
    {
        var weight = CreateNormalizedWeight(query);
        var states = _slices.Select(_ => newState()).ToArray();
        RunParts(_slices.Count, slice => Search(_slices[slice], weight, collectorOf(states[slice])));
        return states;
    }

    /// <summary>
    /// Up to <paramref name="maxSlices"/> contiguous runs of segments with about equal document counts, each with at
    /// least <paramref name="minDocsPerSlice"/> documents on average.
    /// </summary>
    internal static IReadOnlyList<IList<AtomicReaderContext>> Partition(IList<AtomicReaderContext> leaves, int maxSlices,
        int minDocsPerSlice = MinDocsPerSlice)
    {
        long total = leaves.Sum(l => (long)l.AtomicReader.MaxDoc);
        var count = (int)Math.Clamp(Math.Min(maxSlices, total / Math.Max(1, minDocsPerSlice)), 1, Math.Max(1, leaves.Count));
        var slices = new List<IList<AtomicReaderContext>>();
        var current = new List<AtomicReaderContext>();
        long done = 0;
        foreach (var leaf in leaves)
        {
            current.Add(leaf);
            done += leaf.AtomicReader.MaxDoc;
            // Cut when this slice reaches its share of the documents, leaving room for the remaining slices.
            if (slices.Count < count - 1 && done * count >= total * (slices.Count + 1))
            {
                slices.Add(current);
                current = [];
            }
        }
        if (current.Count > 0) slices.Add(current);
        return slices;
    }
}
