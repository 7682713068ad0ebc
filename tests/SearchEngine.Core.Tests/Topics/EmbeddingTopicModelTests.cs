using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Topics;

namespace SearchEngine.Core.Tests.Topics;

/// <summary>
/// The scoring math of <see cref="EmbeddingTopicModel"/> on hand-made 3-dimensional unit vectors, so each
/// expected confidence can be worked out by hand.
/// </summary>
public sealed class EmbeddingTopicModelTests
{
    private static readonly TopicInferenceOptions VoteOnly = new()
    {
        NeighbourCount = 3, BackgroundSimilarity = 0.4, NeighbourTemperature = 0.05, DescriptionWeight = 0,
    };

    /// <summary>A unit vector at cosine <paramref name="cosine"/> to (1, 0, 0).</summary>
    private static QuantizedVector At(double cosine) =>
        QuantizedVector.From([(float)cosine, (float)Math.Sqrt(1 - cosine * cosine), 0f]);

    private static readonly QuantizedVector Query = QuantizedVector.From([1f, 0f, 0f]);

    private static EmbeddingTopicModel Model(TopicInferenceOptions options, (double Cosine, string Label)[] pool,
        (string Code, QuantizedVector Vector)[]? descriptions = null) => new(options,
        pool.Select(p => At(p.Cosine)).ToArray(), pool.Select(p => new[] { p.Label }).ToArray(),
        (descriptions ?? []).Select(d => d.Code).ToArray(), (descriptions ?? []).Select(d => d.Vector).ToArray());

    [Fact]
    public void Close_neighbours_that_agree_give_a_confident_vote()
    {
        var model = Model(VoteOnly, [(0.95, "cs.CV"), (0.95, "cs.CV"), (0.95, "cs.CV")]);

        var top = model.Score(Query)[0];

        // each weighs exp((0.95 − 0.4) / 0.05) = e^11 against 3 background neighbours of weight 1
        Assert.Equal("cs.CV", top.Code);
        Assert.InRange(top.Score, 0.999, 1.0);
    }

    [Fact]
    public void Far_neighbours_that_agree_give_no_confident_vote()
    {
        var model = Model(VoteOnly, [(0.2, "cs.CV"), (0.2, "cs.CV"), (0.2, "cs.CV")]);

        var top = model.Score(Query)[0];

        // each weighs exp((0.2 − 0.4) / 0.05) = e^−4 ≈ 0.018: 3 × 0.018 / (3 × 0.018 + 3) ≈ 0.018
        Assert.Equal("cs.CV", top.Code);
        Assert.InRange(top.Score, 0.01, 0.03);
        Assert.Empty(TopicSelection.Confident(model.Score(Query), TopicInferenceOptions.DefaultMinConfidence, 3));
    }

    [Fact]
    public void A_split_vote_gives_each_topic_its_share()
    {
        var model = Model(VoteOnly, [(0.9, "cs.CV"), (0.9, "cs.CL"), (0.1, "cs.LG")]);

        var scores = model.Score(Query).ToDictionary(s => s.Code, s => s.Score);

        Assert.Equal(scores["cs.CV"], scores["cs.CL"], 3);
        Assert.InRange(scores["cs.CV"], 0.49, 0.5);
        Assert.True(scores["cs.LG"] < 0.001);
    }

    [Fact]
    public void The_left_out_paper_does_not_vote_for_itself()
    {
        var model = Model(VoteOnly, [(1.0, "cs.CL"), (0.3, "cs.CV"), (0.3, "cs.CV")]);

        Assert.Equal("cs.CL", model.Score(Query)[0].Code);
        Assert.Equal(0, model.Nearest(Query)[0].Position);
        var without = model.Score(Query, exclude: 0);
        Assert.DoesNotContain(without, s => s.Code == "cs.CL");
        Assert.Equal([1, 2], model.Nearest(Query, exclude: 0).Select(n => n.Position));
    }

    [Fact]
    public void Without_labelled_papers_the_descriptions_decide_alone()
    {
        var model = Model(VoteOnly with { DescriptionWeight = 0.3, DescriptionTemperature = 0.05 }, [],
            [("cs.CV", QuantizedVector.From([1f, 0f, 0f])), ("cs.CL", QuantizedVector.From([0f, 1f, 0f]))]);

        var scores = model.Score(Query);

        // softmax of cosines 1 and 0 at temperature 0.05: e^20 / (e^20 + 1)
        Assert.Equal("cs.CV", scores[0].Code);
        Assert.InRange(scores[0].Score, 0.9999, 1.0);
    }

    [Fact]
    public void Descriptions_weigh_in_beside_the_vote()
    {
        var options = VoteOnly with { DescriptionWeight = 0.5, DescriptionTemperature = 0.05 };
        var model = Model(options, [(0.95, "cs.CV"), (0.95, "cs.CV"), (0.95, "cs.CV")],
            [("cs.CV", QuantizedVector.From([0f, 1f, 0f])), ("cs.AR", QuantizedVector.From([1f, 0f, 0f]))]);

        var scores = model.Score(Query).ToDictionary(s => s.Code, s => s.Score);

        // vote ≈ 1 for cs.CV, description ≈ 1 for cs.AR: each gets about half
        Assert.InRange(scores["cs.CV"], 0.49, 0.51);
        Assert.InRange(scores["cs.AR"], 0.49, 0.51);
    }
}
