using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Ranking;

namespace SearchEngine.Core.Limits;

/// <summary>Wraps a collector and checks the <see cref="SearchBudget"/> at each segment and every 256 documents.</summary>
internal class BudgetCollector : ICollector
{
    private readonly ICollector _inner;
    private int _count;

    private BudgetCollector(ICollector inner) => _inner = inner;

    /// <summary>
    /// <paramref name="inner"/> under the budget; a collector that takes scores directly
    /// (<see cref="IScoreFloorCollector"/>) stays one, so the budget does not cost it its fast path.
    /// </summary>
    public static ICollector Wrap(ICollector inner) =>
        inner is IScoreFloorCollector scored ? new FloorBudgetCollector(scored) : new BudgetCollector(inner);

    public void SetScorer(Scorer scorer) => _inner.SetScorer(scorer);

    public void Collect(int doc)
    {
        Tick(1);
        _inner.Collect(doc);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        SearchBudget.Check();
        _inner.SetNextReader(context);
    }

    public bool AcceptsDocsOutOfOrder => _inner.AcceptsDocsOutOfOrder;

    /// <summary>Counts <paramref name="documents"/> and checks the budget each time the count passes a multiple of 256.</summary>
    protected void Tick(int documents)
    {
        var before = _count;
        _count += documents;
        if ((before >> 8) != (_count >> 8)) SearchBudget.Check();
    }

    private sealed class FloorBudgetCollector(IScoreFloorCollector inner) : BudgetCollector(inner), IScoreFloorCollector
    {
        public float Floor => inner.Floor;

        public void Collect(int doc, float score)
        {
            Tick(1);
            inner.Collect(doc, score);
        }

        public void Count(int matches)
        {
            Tick(matches);
            inner.Count(matches);
        }
    }
}
