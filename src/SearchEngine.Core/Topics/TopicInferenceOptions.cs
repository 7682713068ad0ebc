using SearchEngine.Core.Options;

namespace SearchEngine.Core.Topics;

/// <summary>
/// Parameters of <see cref="TopicInferrer"/>. Defaults were chosen on the principle stated beside each and checked
/// against leave-one-out results on the metrics seed page: the lexical model's agreement in <c>docs/topics.md</c>,
/// the embedding model's precision/coverage curve (which fixes <see cref="MinConfidence"/>) in
/// <c>docs/relevance.md</c>, "Topic inference".
/// </summary>
public sealed record TopicInferenceOptions
{
    /// <summary>How title and abstract are analyzed; the index default, so lexicon stems match indexed stems.</summary>
    public AnalyzerOptions Analyzer { get; init; } = new();

    /// <summary>Neighbours that vote (k of k-nearest-neighbours), in both models.</summary>
    public int NeighbourCount { get; init; } = 10;

    /// <summary>
    /// Most labelled papers kept as the neighbour pool; larger labelled sets are sampled evenly (every n-th paper,
    /// deterministic). Bounds memory and the cost of one neighbour search.
    /// </summary>
    public int MaxNeighbourPool { get; init; } = 20_000;

    /// <summary>Most papers whose terms estimate document frequencies (IDF); sampled evenly like the pool.</summary>
    public int IdfSampleSize { get; init; } = 50_000;

    /// <summary>Terms (highest tf-idf) kept in the vector of a paper being classified, as MoreLikeThis does.</summary>
    public int MaxQueryTerms { get; init; } = 32;

    /// <summary>Terms (highest tf-idf) kept per pool paper in the inverted index.</summary>
    public int MaxPoolTerms { get; init; } = 64;

    /// <summary>How many times a title occurrence counts relative to an abstract occurrence.</summary>
    public double TitleWeight { get; init; } = 2.0;

    /// <summary>Weight of the neighbour vote in the combined score (used only when some neighbour is similar).</summary>
    public double NeighbourWeight { get; init; } = 0.7;

    /// <summary>Weight of the keyword lexicon in the combined score (used only when some keyword matches).</summary>
    public double LexiconWeight { get; init; } = 0.3;

    /// <summary>
    /// Lexical model only (embeddings off): combined score (0–1) a topic other than the top one needs to be
    /// inferred too. The lexical model always infers its top topic.
    /// </summary>
    public double Threshold { get; init; } = 0.4;

    /// <summary>
    /// Embedding model: the confidence (0–1) a topic needs to be inferred; below it the engine abstains. The
    /// default is measured, not chosen: the lowest confidence whose guesses on held-out labelled seed papers are
    /// at least 90% precise (leave-one-out; <c>searchengine-tools topics-curve</c>, table in
    /// <c>docs/relevance.md</c>, "Topic inference").
    /// </summary>
    public double MinConfidence { get; init; } = DefaultMinConfidence;

    /// <summary>The measured default of <see cref="MinConfidence"/> (see there).</summary>
    public const double DefaultMinConfidence = 0.5;

    /// <summary>
    /// Embedding model: the cosine of a paper "no closer than an unrelated one"; k background neighbours at this
    /// cosine share the neighbour vote, so far neighbours cannot make a confident one (see
    /// <see cref="EmbeddingTopicModel"/>).
    /// </summary>
    public double BackgroundSimilarity { get; init; } = 0.4;

    /// <summary>Embedding model: softmax temperature of the neighbour vote (cosine units).</summary>
    public double NeighbourTemperature { get; init; } = 0.05;

    /// <summary>Embedding model: weight of the topic-description similarity against the neighbour vote.</summary>
    public double DescriptionWeight { get; init; } = 0.3;

    /// <summary>Embedding model: softmax temperature over the cosines with the topic descriptions.</summary>
    public double DescriptionTemperature { get; init; } = 0.05;

    /// <summary>Most topics inferred per paper.</summary>
    public int MaxTopics { get; init; } = 3;

    /// <summary>Worker threads; -1 uses all processors.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(NeighbourCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxNeighbourPool, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(IdfSampleSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxQueryTerms, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPoolTerms, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(TitleWeight);
        ArgumentOutOfRangeException.ThrowIfNegative(NeighbourWeight);
        ArgumentOutOfRangeException.ThrowIfNegative(LexiconWeight);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTopics, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(DescriptionWeight);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(DescriptionWeight, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(DescriptionTemperature);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(NeighbourTemperature);
        ArgumentOutOfRangeException.ThrowIfNegative(MinConfidence);
    }
}
