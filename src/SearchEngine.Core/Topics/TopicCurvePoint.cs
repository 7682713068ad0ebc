namespace SearchEngine.Core.Topics;

/// <summary>One row of the precision/coverage curve of topic inference (see <see cref="TopicCurve"/>).</summary>
/// <param name="Threshold">The minimum confidence a guess needs.</param>
/// <param name="Guesses">Guesses at or above it, over all held-out papers.</param>
/// <param name="Correct">Those among the held-out paper's given topics.</param>
/// <param name="Covered">Held-out papers with at least one such guess.</param>
/// <param name="Papers">Held-out papers.</param>
public sealed record TopicCurvePoint(double Threshold, int Guesses, int Correct, int Covered, int Papers)
{
    /// <summary>Share of guesses that are right (1 when there are none: nothing claimed, nothing wrong).</summary>
    public double Precision => Guesses == 0 ? 1 : (double)Correct / Guesses;

    /// <summary>Share of held-out papers that get at least one topic.</summary>
    public double Coverage => Papers == 0 ? 0 : (double)Covered / Papers;
}
