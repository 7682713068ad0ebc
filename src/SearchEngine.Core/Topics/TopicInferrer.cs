using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Topics;

/// <summary>
/// Gives every paper topics from the <see cref="Taxonomy"/>: papers with source-given topics keep them
/// (<see cref="Paper.Topics"/>) and get none inferred; the others get 1–<see cref="TopicInferenceOptions.MaxTopics"/>
/// codes in <see cref="Paper.InferredTopics"/>, or none.
/// <para>
/// With an <see cref="Embedder"/> (embeddings on), the <see cref="EmbeddingTopicModel"/> scores topics from the
/// paper's vector (nearest labelled neighbours plus topic descriptions) and a topic is inferred only when its
/// confidence reaches <see cref="TopicInferenceOptions.MinConfidence"/> — otherwise the paper gets no inferred topic.
/// </para>
/// <para>
/// Without one (embeddings off), the lexical model decides. A topic's score (0–1) combines two pieces of evidence:
/// (a) a k-nearest-neighbour vote: the share of similarity, among the k papers with given topics most similar to
/// this one (cosine of tf-idf vectors of title and abstract), carried by papers labelled with the topic; and
/// (b) the keyword lexicon of <c>taxonomy.json</c>: the topic's share of matched keyword evidence. The lexicon is
/// what makes inference work on a corpus where no paper has a given topic.
/// The top topic is always inferred (when the text has any signal); others need
/// <see cref="TopicInferenceOptions.Threshold"/>. Deterministic: same input, same output, ties broken by code.
/// </para>
/// <para>
/// Scale: the neighbour pool is at most <see cref="TopicInferenceOptions.MaxNeighbourPool"/> labelled papers
/// (sampled evenly) in an inverted index, and IDF is estimated on at most
/// <see cref="TopicInferenceOptions.IdfSampleSize"/> papers, so memory stays bounded and the work per paper is one
/// analysis plus one postings walk. The embedding model keeps the same pool limit and scans it exactly (int8 dot
/// products) per paper. Papers are processed in parallel.
/// </para>
/// </summary>
/// <example>
/// <code>
/// var lexical = new TopicInferrer().Infer(papers);                  // embeddings off
/// var withEmbeddings = new TopicInferrer().Infer(papers, embedder); // abstains below MinConfidence
/// </code>
/// </example>
public sealed class TopicInferrer
{
    private readonly TopicInferenceOptions _options;

    public TopicInferrer(TopicInferenceOptions? options = null)
    {
        _options = options ?? new TopicInferenceOptions();
        _options.Validate();
    }

    /// <summary>
    /// The papers in the same order, each either unchanged in its given topics with no inferred ones, or (without
    /// any given topic) with freshly inferred topics — with an embedder, possibly none.
    /// </summary>
    /// <param name="embedder">Embeddings on: infer from vectors with abstention; null: the lexical model.</param>
    public IReadOnlyList<Paper> Infer(IReadOnlyList<Paper> papers, Embedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(papers);
        if (papers.Count == 0) return [];
        if (embedder is not null) return InferFromEmbeddings(papers, embedder);
        using var model = Build(papers, _options);
        var result = new Paper[papers.Count];
        Parallel.For(0, papers.Count, TopicModel.Parallelism(_options), i =>
        {
            var paper = papers[i];
            if (TopicLabels.HasGiven(paper))
            {
                result[i] = paper.InferredTopics.Count == 0 ? paper : paper with { InferredTopics = [] };
                return;
            }
            var codes = model.Select(model.Score(model.Analyze(paper)));
            result[i] = paper with { InferredTopics = codes };
        });
        return result;
    }

    private IReadOnlyList<Paper> InferFromEmbeddings(IReadOnlyList<Paper> papers, Embedder embedder)
    {
        // why: a corpus where every paper has given topics (an arXiv snapshot) needs no model, vectors or descriptions.
        if (papers.All(TopicLabels.HasGiven))
        {
            return papers.Select(p => p.InferredTopics.Count == 0 ? p : p with { InferredTopics = [] }).ToArray();
        }
        var model = EmbeddingTopicModel.Build(papers, embedder, _options, out var vectors);
        var result = new Paper[papers.Count];
        Parallel.For(0, papers.Count, TopicModel.Parallelism(_options), i =>
        {
            var paper = papers[i];
            if (TopicLabels.HasGiven(paper))
            {
                result[i] = paper.InferredTopics.Count == 0 ? paper : paper with { InferredTopics = [] };
                return;
            }
            var codes = TopicSelection.Confident(model.Score(vectors[i]), _options.MinConfidence, _options.MaxTopics);
            result[i] = paper with { InferredTopics = codes };
        });
        return result;
    }

    /// <summary>
    /// Scores every topic for one paper of <paramref name="papers"/> (for explanations and tuning), best first.
    /// </summary>
    /// <param name="embedder">Embeddings on: the embedding model's confidences; null: the lexical model's scores.</param>
    public IReadOnlyList<TopicScore> Explain(IReadOnlyList<Paper> papers, int index, Embedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, papers.Count);
        if (embedder is not null)
        {
            var embedding = EmbeddingTopicModel.Build(papers, embedder, _options, out var vectors);
            return embedding.Score(vectors[index], embedding.PoolPositionOf(index));
        }
        using var model = Build(papers, _options);
        return model.Score(model.Analyze(papers[index]), model.PoolPositionOf(index));
    }

    /// <summary>Builds the model with the labelled papers (sampled evenly to the pool limit) as neighbour pool.</summary>
    internal static TopicModel Build(IReadOnlyList<Paper> papers, TopicInferenceOptions options)
    {
        var labelled = Enumerable.Range(0, papers.Count).Where(i => TopicLabels.Of(papers[i]).Length > 0).ToArray();
        return TopicModel.Build(papers, TopicLabels.EvenSample(labelled, options.MaxNeighbourPool), options);
    }
}
