using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Collecting;

namespace SearchEngine.Core.Limits;

/// <summary>Wraps a collector and checks the <see cref="SearchBudget"/> at each segment and every 256 documents.</summary>
internal class BudgetCollector : ICollector
{
    private readonly ICollector _inner;
    private int _count;

    private BudgetCollector(ICollector inner) => _inner = inner;

    /// <summary>
    /// <paramref name="inner"/> under the budget; a collector that takes a segment's matches at once
    /// (<see cref="IMatchSetCollector"/>) stays one, so the budget does not cost it that path.
    /// </summary>
    public static ICollector Wrap(ICollector inner) =>
        inner is IMatchSetCollector all ? new MatchSetBudgetCollector(all) : new BudgetCollector(inner);

    public void SetScorer(Scorer scorer) => _inner.SetScorer(scorer);

    public void Collect(int doc)
    {
        if ((++_count & 255) == 0) SearchBudget.Check();
        _inner.Collect(doc);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        SearchBudget.Check();
        _inner.SetNextReader(context);
    }

    public bool AcceptsDocsOutOfOrder => _inner.AcceptsDocsOutOfOrder;

    private sealed class MatchSetBudgetCollector(IMatchSetCollector inner) : BudgetCollector(inner), IMatchSetCollector
    {
        // The budget was checked at the segment (SetNextReader) and while its scores were summed; once here.
        public void CollectAll(ReadOnlySpan<long> matches, double[] scores)
        {
            SearchBudget.Check();
            inner.CollectAll(matches, scores);
        }
    }
}
