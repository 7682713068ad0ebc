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
}
