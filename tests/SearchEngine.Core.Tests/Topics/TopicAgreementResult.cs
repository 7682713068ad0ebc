namespace SearchEngine.Core.Tests.Topics;

/// <summary>How well inferred topics agree with hidden given topics (see <see cref="TopicAgreement"/>).</summary>
/// <param name="Evaluated">Labelled papers whose topics were hidden and inferred.</param>
/// <param name="Top1Correct">Papers whose top inferred topic is one of their given topics.</param>
/// <param name="AnyOverlap">Papers with at least one inferred topic among their given topics.</param>
/// <param name="NoTopic">Papers that got no topic at all (their text had no signal).</param>
/// <param name="MajorityTopic">The most frequent given topic among the evaluated papers (ties: code order), or null.</param>
/// <param name="MajorityCorrect">Papers that the baseline "always the majority topic" would get right.</param>
public sealed record TopicAgreementResult(
    int Evaluated, int Top1Correct, int AnyOverlap, int NoTopic, string? MajorityTopic, int MajorityCorrect)
{
    /// <summary>Top-1 accuracy: <see cref="Top1Correct"/> / <see cref="Evaluated"/> (0 when nothing was evaluated).</summary>
    public double Top1Accuracy => Rate(Top1Correct);

    /// <summary>Any-overlap rate: <see cref="AnyOverlap"/> / <see cref="Evaluated"/>.</summary>
    public double AnyOverlapRate => Rate(AnyOverlap);

    /// <summary>Top-1 accuracy of always answering <see cref="MajorityTopic"/>: the floor a useful inferrer must beat.</summary>
    public double MajorityBaseline => Rate(MajorityCorrect);

    private double Rate(int count) => Evaluated == 0 ? 0 : (double)count / Evaluated;

    public override string ToString() =>
        $"evaluated {Evaluated}: top-1 {Top1Correct} ({Top1Accuracy:P1}), any-overlap {AnyOverlap} ({AnyOverlapRate:P1}), " +
        $"no topic {NoTopic}; majority baseline {MajorityTopic} {MajorityCorrect} ({MajorityBaseline:P1})";
}
