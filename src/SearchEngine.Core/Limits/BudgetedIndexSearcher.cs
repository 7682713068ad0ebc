using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchEngine.Core.Limits;

/// <summary>
/// An <see cref="IndexSearcher"/> whose every search and rewrite checks the ambient <see cref="SearchBudget"/>, so a
/// costly query is stopped wherever it spends its time, without each caller passing a deadline.
/// </summary>
/// <remarks>Not sealed: <see cref="Indexing.SlicedSearcher"/> searches its slices through the same checks.</remarks>
public class BudgetedIndexSearcher(IndexReader reader) : IndexSearcher(reader)
{
    protected override void Search(IList<AtomicReaderContext> leaves, Weight weight, ICollector collector)
    {
        SearchBudget.Check();
        base.Search(leaves, weight, SearchBudget.Current is null ? collector : BudgetCollector.Wrap(collector));
    }

    public override Query Rewrite(Query original)
    {
        SearchBudget.Check();
        return base.Rewrite(original);
    }
}
