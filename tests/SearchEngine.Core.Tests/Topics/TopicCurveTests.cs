using SearchEngine.Core.Topics;

namespace SearchEngine.Core.Tests.Topics;

public sealed class TopicCurveTests
{
    private static HeldOutPaper Paper(string label, params (string Code, double Score)[] guesses) =>
        new(0, [label], guesses.Select(g => new TopicScore(g.Code, g.Score)).ToArray());

    // Four held-out papers: two confidently right, one wrong at 0.45, one right but unsure (0.2).
    private static readonly HeldOutPaper[] HeldOut =
    [
        Paper("cs.CV", ("cs.CV", 0.9), ("cs.CL", 0.05)),
        Paper("cs.CL", ("cs.CL", 0.7)),
        Paper("cs.CL", ("cs.CV", 0.45), ("cs.CL", 0.3)),
        Paper("cs.LG", ("cs.LG", 0.2)),
    ];

    [Fact]
    public void Each_point_counts_kept_guesses_right_ones_and_covered_papers()
    {
        var points = TopicCurve.Points(HeldOut, step: 0.25);

        Assert.Equal([0, 0.25, 0.5, 0.75, 1], points.Select(p => p.Threshold));
        var zero = points[0];
        Assert.Equal((6, 4, 4), (zero.Guesses, zero.Correct, zero.Covered));
        var quarter = points[1]; // 0.9, 0.7, 0.45 (wrong), 0.3
        Assert.Equal((4, 3, 3), (quarter.Guesses, quarter.Correct, quarter.Covered));
        Assert.Equal(0.75, quarter.Precision, 12);
        Assert.Equal(0.75, quarter.Coverage, 12);
        var half = points[2]; // 0.9, 0.7
        Assert.Equal((2, 2, 2), (half.Guesses, half.Correct, half.Covered));
        Assert.Equal(1.0, half.Precision, 12);
        Assert.Equal(0.5, half.Coverage, 12);
        Assert.Equal(0, points[4].Guesses);
    }

    [Fact]
    public void Chooses_the_lowest_threshold_that_reaches_the_target_and_keeps_it_above()
    {
        var points = TopicCurve.Points(HeldOut, step: 0.25);

        Assert.Equal(0.5, TopicCurve.Choose(points, targetPrecision: 0.9));
        Assert.Equal(0.25, TopicCurve.Choose(points, targetPrecision: 0.75));
    }

    [Fact]
    public void A_lucky_dip_below_a_miss_is_not_chosen()
    {
        TopicCurvePoint[] points =
        [
            new(0.1, 10, 10, 10, 10), // 100% here, but…
            new(0.2, 10, 8, 10, 10),  // …80% above it
            new(0.3, 5, 5, 5, 10),
        ];

        Assert.Equal(0.3, TopicCurve.Choose(points, targetPrecision: 0.9));
    }

    [Fact]
    public void No_threshold_when_even_the_highest_with_guesses_misses_the_target()
    {
        TopicCurvePoint[] points = [new(0.1, 10, 5, 10, 10), new(0.2, 4, 2, 4, 10), new(0.3, 0, 0, 0, 10)];

        Assert.Null(TopicCurve.Choose(points, targetPrecision: 0.9));
    }
}
