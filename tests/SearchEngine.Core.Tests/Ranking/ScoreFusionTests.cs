using SearchEngine.Core.Ranking;

namespace SearchEngine.Core.Tests.Ranking;

public sealed class ScoreFusionTests
{
    [Fact]
    public void Min_max_maps_the_best_to_one_and_the_worst_to_zero()
    {
        Assert.Equal([1.0, 0.5, 0.0], ScoreFusion.MinMax([4f, 3f, 2f]));
    }

    [Fact]
    public void Equal_scores_and_a_single_score_are_all_best()
    {
        Assert.Equal([1.0, 1.0], ScoreFusion.MinMax([0.3f, 0.3f]));
        Assert.Equal([1.0], ScoreFusion.MinMax([7f]));
        Assert.Empty(ScoreFusion.MinMax([]));
    }

    [Fact]
    public void A_non_finite_score_counts_zero_and_does_not_set_the_range()
    {
        Assert.Equal([1.0, 0.0, 0.0], ScoreFusion.MinMax([0.9f, float.NegativeInfinity, 0.1f]));
    }

    [Fact]
    public void Equal_weights_add_the_normalized_scores()
    {
        // lexical: a 1, b 0.5, c 0; dense: b 1, d 0.
        var fused = ScoreFusion.Fuse([("a", 10f), ("b", 6f), ("c", 2f)], [("b", 0.8f), ("d", 0.4f)], 0.5f);
        Assert.Equal(["b", "a", "c", "d"], fused.Select(f => f.Id));
        Assert.Equal([0.75f, 0.5f, 0f, 0f], fused.Select(f => f.Score));
    }

    [Fact]
    public void Score_gaps_count_where_ranks_do_not()
    {
        // "a" is a clear lexical first and a near-tie third by meaning; "b" is a weak lexical second and first by
        // meaning. Reciprocal-rank fusion sees only ranks and puts "b" first; score fusion keeps "a".
        (string, float)[] lexical = [("a", 10f), ("b", 2f), ("c", 1f)];
        (string, float)[] dense = [("b", 0.60f), ("d", 0.595f), ("a", 0.59f), ("c", 0.10f)];
        Assert.Equal("b", ReciprocalRankFusion.Fuse(lexical.Select(l => l.Item1).ToList(), dense.Select(d => d.Item1).ToList())[0].Id);
        Assert.Equal("a", ScoreFusion.Fuse(lexical, dense, 0.5f)[0].Id);
    }

    [Fact]
    public void Weight_zero_keeps_the_lexical_order_and_weight_one_the_semantic_order()
    {
        (string, float)[] lexical = [("a", 3f), ("b", 2f), ("c", 1f)];
        (string, float)[] dense = [("c", 0.9f), ("b", 0.5f), ("a", 0.1f)];
        Assert.Equal(["a", "b", "c"], ScoreFusion.Fuse(lexical, dense, 0f).Select(f => f.Id));
        Assert.Equal(["c", "b", "a"], ScoreFusion.Fuse(lexical, dense, 1f).Select(f => f.Id));
    }

    [Fact]
    public void Ties_are_broken_by_id()
    {
        Assert.Equal(["x", "y"], ScoreFusion.Fuse([("y", 1f)], [("x", 1f)], 0.5f).Select(f => f.Id));
    }

    [Fact]
    public void A_repeated_id_counts_once_with_its_best_score()
    {
        var fused = ScoreFusion.Fuse([("a", 2f), ("b", 1f), ("a", 1f)], [], 0.5f);
        Assert.Equal([("a", 0.5f), ("b", 0f)], fused);
    }

    [Fact]
    public void A_weight_outside_zero_to_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoreFusion.Fuse([], [], 1.5f));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoreFusion.Fuse([], [], float.NaN));
    }

    [Fact]
    public void Random_lists_fuse_to_a_sorted_deterministic_union_that_does_not_depend_on_input_order()
    {
        var random = new Random(13);
        for (var round = 0; round < 200; round++)
        {
            var lexical = RandomList(random, "l");
            var dense = RandomList(random, "d");
            var weight = (float)random.NextDouble();
            var fused = ScoreFusion.Fuse(lexical, dense, weight);

            Assert.Equal(lexical.Select(l => l.Id).Union(dense.Select(d => d.Id)).Order(StringComparer.Ordinal),
                fused.Select(f => f.Id).Order(StringComparer.Ordinal));
            for (var i = 1; i < fused.Count; i++)
            {
                Assert.True(fused[i - 1].Score > fused[i].Score
                    || (fused[i - 1].Score == fused[i].Score && string.CompareOrdinal(fused[i - 1].Id, fused[i].Id) < 0));
            }
            Assert.All(fused, f => Assert.InRange(f.Score, 0f, 1f));
            Assert.Equal(fused, ScoreFusion.Fuse(Enumerable.Reverse(lexical).ToList(), Enumerable.Reverse(dense).ToList(), weight));
        }
    }

    [Fact]
    public void Raising_a_paper_in_one_list_never_lowers_it_in_the_fusion()
    {
        (string, float)[] dense = [("a", 0.9f), ("b", 0.6f), ("c", 0.3f)];
        var before = ScoreFusion.Fuse([("a", 5f), ("b", 3f), ("c", 1f)], dense, 0.5f).Select(f => f.Id).ToList();
        var after = ScoreFusion.Fuse([("a", 5f), ("b", 3f), ("c", 4f)], dense, 0.5f).Select(f => f.Id).ToList();
        Assert.True(after.IndexOf("c") <= before.IndexOf("c"));
    }

    private static List<(string Id, float Score)> RandomList(Random random, string prefix) =>
        Enumerable.Range(0, random.Next(0, 30))
            // Ids shared across the two lists (a small pool) and scores with ties (a few levels).
            .Select(_ => (random.Next(2) == 0 ? prefix + random.Next(10) : "s" + random.Next(20), random.Next(8) / 4f))
            .DistinctBy(e => e.Item1)
            .ToList();
}
