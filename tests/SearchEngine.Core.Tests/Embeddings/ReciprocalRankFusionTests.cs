using SearchEngine.Core.Ranking;

namespace SearchEngine.Core.Tests.Embeddings;

public sealed class ReciprocalRankFusionTests
{
    [Fact]
    public void A_document_in_both_lists_outranks_one_that_tops_a_single_list()
    {
        var fused = ReciprocalRankFusion.Fuse(["a", "b", "c"], ["b", "d"]);
        Assert.Equal(["b", "a", "d", "c"], fused.Select(f => f.Id));
        Assert.Equal(1f / 62 + 1f / 61, fused[0].Score, 5);
    }

    [Fact]
    public void Ties_are_broken_by_id()
    {
        Assert.Equal(["x", "y"], ReciprocalRankFusion.Fuse(["y"], ["x"]).Select(f => f.Id));
    }

    [Fact]
    public void A_smaller_k_weighs_the_first_ranks_more()
    {
        // "b" is fourth in both lists; "a" and "c" top one list each. k = 60 favours the agreement, k = 1 the firsts.
        IReadOnlyList<string> one = ["a", "x", "y", "b"], two = ["c", "z", "w", "b"];
        Assert.Equal("b", ReciprocalRankFusion.Fuse(one, two)[0].Id);
        var fused = ReciprocalRankFusion.Fuse(1, one, two);
        Assert.Equal(["a", "c", "b"], fused.Take(3).Select(f => f.Id));
        Assert.Equal(1f / 2, fused[0].Score, 5);
    }

    [Fact]
    public void K_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReciprocalRankFusion.Fuse(0, ["a"]));
    }
}
