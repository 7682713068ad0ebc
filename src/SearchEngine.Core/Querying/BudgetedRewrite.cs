using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Core.Limits;

namespace SearchEngine.Core.Querying;

/// <summary>
/// Checks the <see cref="SearchBudget"/> before each fuzzy clause is expanded (each walks the term dictionary with a
/// Levenshtein automaton), then expands it to at most <see cref="MaxTerms"/> terms as Lucene's FuzzyQuery does.
/// </summary>
public sealed class BudgetedRewrite : MultiTermQuery.RewriteMethod
{
    /// <summary>Terms one fuzzy clause may expand to (Lucene's and Elasticsearch's default).</summary>
    public const int MaxTerms = 50;
    private static readonly MultiTermQuery.RewriteMethod Inner = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MaxTerms);

    public static BudgetedRewrite Instance { get; } = new();

    public override Query Rewrite(IndexReader reader, MultiTermQuery query)
    {
        SearchBudget.Check();
        return Inner.Rewrite(reader, query);
    }
}
