using SearchEngine.Core.Ranking;

namespace SearchEngine.Core.Tests.Ranking;

public sealed class RelevanceModelTests
{
    private static readonly FeedbackDocument D1 = new(3, new Dictionary<string, int> { ["a"] = 2, ["b"] = 2 });
    private static readonly FeedbackDocument D2 = new(1, new Dictionary<string, int> { ["a"] = 1, ["c"] = 3 });

    [Fact]
    public void Terms_are_weighted_by_score_normalized_documents_and_their_relative_frequency()
    {
        // w(D1) = 3/4, w(D2) = 1/4; P(a) = .75·2/4 + .25·1/4 = .4375, P(b) = .375, P(c) = .1875.
        var model = RelevanceModel.Estimate([D1, D2], 10, _ => true);
        Assert.Equal(["a", "b", "c"], model.Select(t => t.Term));
        Assert.Equal([0.4375, 0.375, 0.1875], model.Select(t => Math.Round(t.Weight, 9)));
    }

    [Fact]
    public void The_top_terms_are_renormalized_to_sum_to_one()
    {
        var model = RelevanceModel.Estimate([D1, D2], 2, _ => true);
        Assert.Equal(["a", "b"], model.Select(t => t.Term));
        Assert.Equal(0.4375 / 0.8125, model[0].Weight, 9);
        Assert.Equal(0.375 / 0.8125, model[1].Weight, 9);
    }

    [Fact]
    public void Rejected_terms_count_neither_as_candidates_nor_in_document_length()
    {
        // Without b, D1 has length 2: P(a) = .75·2/2 + .25·1/4 = .8125, P(c) = .25·3/4 = .1875.
        var model = RelevanceModel.Estimate([D1, D2], 10, t => t != "b");
        Assert.Equal([("a", 0.8125), ("c", 0.1875)], model.Select(t => (t.Term, Math.Round(t.Weight, 9))));
    }

    [Fact]
    public void Documents_without_a_positive_score_are_weighted_equally()
    {
        var model = RelevanceModel.Estimate([D1 with { Score = 0 }, D2 with { Score = 0 }], 10, _ => true);
        // P(a) = .5·.5 + .5·.25 = .375, P(c) = .5·.75 = .375, P(b) = .25: ties in ordinal order.
        Assert.Equal(["a", "c", "b"], model.Select(t => t.Term));
    }

    [Fact]
    public void No_documents_give_an_empty_model()
    {
        Assert.Empty(RelevanceModel.Estimate([], 10, _ => true));
    }
}
