using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchEngine.Core.Limits;

/// <summary>Wraps a collector and checks the <see cref="SearchBudget"/> at each segment and every 256 documents.</summary>
internal sealed class BudgetCollector(ICollector inner) : ICollector
{
    private int _count;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void Collect(int doc)
    {
        if ((++_count & 255) == 0) SearchBudget.Check();
        inner.Collect(doc);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        SearchBudget.Check();
        inner.SetNextReader(context);
    }

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;
}
