using SearchEngine.Core.Evaluation;

namespace SearchEngine.Core.Tests.Evaluation;

public sealed class MetricsTests
{
    private const double Tolerance = 1e-9;

    // Relevant: a, b, c, d (d never retrieved); x and y are not relevant.
    private static readonly Dictionary<string, int> Binary = new() { ["a"] = 1, ["b"] = 1, ["c"] = 1, ["d"] = 1, ["y"] = 0 };
    private static readonly string[] Ranking = ["a", "x", "b", "y", "c"];

    [Fact]
    public void Average_precision_averages_precision_at_each_relevant_rank_over_all_relevant()
    {
        // (1/1 + 2/3 + 3/5) / 4
        Assert.Equal((1.0 + 2.0 / 3 + 3.0 / 5) / 4, Metrics.AveragePrecision(Ranking, Binary), Tolerance);
    }

    [Fact]
    public void Precision_at_10_divides_by_10_even_when_fewer_are_retrieved()
    {
        Assert.Equal(0.3, Metrics.PrecisionAt(Ranking, Binary, 10), Tolerance);
        Assert.Equal(0.5, Metrics.PrecisionAt(Ranking, Binary, 2), Tolerance);
    }

    [Fact]
    public void Recall_at_100_is_the_share_of_relevant_documents_retrieved()
    {
        Assert.Equal(0.75, Metrics.RecallAt(Ranking, Binary, 100), Tolerance);
        Assert.Equal(0.5, Metrics.RecallAt(Ranking, Binary, 3), Tolerance);
    }

    [Fact]
    public void Reciprocal_rank_is_one_over_the_rank_of_the_first_relevant()
    {
        Assert.Equal(1.0, Metrics.ReciprocalRank(Ranking, Binary), Tolerance);
        Assert.Equal(1.0 / 3, Metrics.ReciprocalRank(["x", "y", "b"], Binary), Tolerance);
        Assert.Equal(0.0, Metrics.ReciprocalRank(["x", "y"], Binary), Tolerance);
    }

    [Fact]
    public void Ndcg_uses_the_grade_as_gain_a_log2_discount_and_the_ideal_order_of_all_judged_documents()
    {
        var graded = new Dictionary<string, int> { ["a"] = 2, ["b"] = 1, ["c"] = 0, ["d"] = 3 };
        // DCG = 2/log2(2) + 1/log2(4) = 2.5; ideal = 3/log2(2) + 2/log2(3) + 1/log2(4).
        var ideal = 3 + 2 / Math.Log2(3) + 0.5;
        Assert.Equal(2.5 / ideal, Metrics.Ndcg(["a", "x", "b", "c"], graded, 10), Tolerance);
        Assert.Equal(1.0, Metrics.Ndcg(["d", "a", "b"], graded, 10), Tolerance);
        // Only the first k count, for the ranking and for the ideal.
        Assert.Equal(2.0 / 3, Metrics.Ndcg(["a", "d"], graded, 1), Tolerance);
    }

    [Fact]
    public void No_relevant_document_scores_zero_everywhere()
    {
        var none = new Dictionary<string, int> { ["a"] = 0 };
        Assert.Equal(0, Metrics.AveragePrecision(["a"], none));
        Assert.Equal(0, Metrics.Ndcg(["a"], none, 10));
        Assert.Equal(0, Metrics.RecallAt(["a"], none, 100));
    }

    [Fact]
    public void Documents_ranked_beyond_1000_do_not_count()
    {
        var ranking = Enumerable.Range(1, 1001).Select(i => "n" + i).ToList();
        var at1001 = new Dictionary<string, int> { ["n1001"] = 1 };
        Assert.Equal(0, Metrics.AveragePrecision(ranking, at1001));
        Assert.Equal(0, Metrics.ReciprocalRank(ranking, at1001));
        Assert.Equal(0, Metrics.RecallAt(ranking, at1001, 2000));

        var at1000 = new Dictionary<string, int> { ["n1000"] = 1 };
        Assert.Equal(1.0 / 1000, Metrics.AveragePrecision(ranking, at1000), Tolerance);
    }
}
