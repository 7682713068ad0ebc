using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Topics;

/// <summary>
/// Topic scores from a paper's embedding: a vote of its nearest labelled neighbours (papers with given topics)
/// plus its similarity to each topic's description (<see cref="TopicDescriptions"/>). Each score is a confidence
/// in 0–1 that <see cref="TopicSelection"/> compares with the calibrated threshold. Thread-safe for scoring.
/// </summary>
internal sealed class EmbeddingTopicModel
{
    private readonly TopicInferenceOptions _options;
    private readonly QuantizedVector[] _pool;
    private readonly string[][] _poolLabels;
    private readonly string[] _descriptionCodes;
    private readonly QuantizedVector[] _descriptions;
    private readonly Dictionary<int, int> _poolPositionOfPaper = [];

    public EmbeddingTopicModel(TopicInferenceOptions options, QuantizedVector[] pool, string[][] poolLabels,
        string[] descriptionCodes, QuantizedVector[] descriptions)
    {
        if (pool.Length != poolLabels.Length) throw new ArgumentException("one label set per pool vector", nameof(poolLabels));
        if (descriptionCodes.Length != descriptions.Length) throw new ArgumentException("one vector per description", nameof(descriptions));
        _options = options;
        _pool = pool;
        _poolLabels = poolLabels;
        _descriptionCodes = descriptionCodes;
        _descriptions = descriptions;
    }

    /// <summary>Number of labelled papers in the neighbour pool.</summary>
    public int PoolSize => _pool.Length;

    /// <summary>
    /// The model for <paramref name="papers"/>: every paper's vector (<paramref name="vectors"/>, in order; from the
    /// embedder's cache when the build embedded them already), the labelled papers (sampled evenly to
    /// <see cref="TopicInferenceOptions.MaxNeighbourPool"/>) as pool, and the topic descriptions' vectors.
    /// </summary>
    public static EmbeddingTopicModel Build(IReadOnlyList<Paper> papers, Embedder embedder, TopicInferenceOptions options,
        out QuantizedVector[] vectors)
    {
        vectors = embedder.VectorsOf(papers.Select(Embeddings.EmbeddingText.Of).ToList());
        var labelled = Enumerable.Range(0, papers.Count).Where(i => TopicLabels.Of(papers[i]).Length > 0).ToArray();
        var pool = TopicLabels.EvenSample(labelled, options.MaxNeighbourPool);
        var descriptions = TopicDescriptions.All();
        var descriptionVectors = embedder.VectorsOf(descriptions.Select(d => d.Text).ToList());
        var all = vectors;
        var model = new EmbeddingTopicModel(options, pool.Select(i => all[i]).ToArray(),
            pool.Select(i => TopicLabels.Of(papers[i])).ToArray(),
            descriptions.Select(d => d.Code).ToArray(), descriptionVectors);
        for (var position = 0; position < pool.Count; position++) model._poolPositionOfPaper[pool[position]] = position;
        return model;
    }

    /// <summary>The pool position of paper <paramref name="paperIndex"/>, or -1 when it is not in the pool.</summary>
    public int PoolPositionOf(int paperIndex) => _poolPositionOfPaper.GetValueOrDefault(paperIndex, -1);

    /// <summary>
    /// Every topic with a score above zero, best first (ties: code order), ignoring pool position
    /// <paramref name="exclude"/> (leave-one-out; -1: none).
    /// <para>
    /// score = (1 − w) × vote + w × description, with w = <see cref="TopicInferenceOptions.DescriptionWeight"/>
    /// (w = 1 when the pool is empty). The vote is a softmax over the k nearest labelled neighbours plus k
    /// background neighbours at cosine <see cref="TopicInferenceOptions.BackgroundSimilarity"/> that vote for no
    /// topic: neighbour n weighs exp((cos − background) / <see cref="TopicInferenceOptions.NeighbourTemperature"/>),
    /// and topic t gets the share of the total weight carried by neighbours labelled t. why the background: a plain
    /// share is 1.0 whenever all neighbours agree, even when they are all far away — a clinical stroke study whose
    /// nearest labelled papers are vision papers at cosine 0.2 would be "certainly" cs.CV. With the background,
    /// only neighbours clearly closer than an unrelated paper make a confident vote. The description part is a
    /// softmax of the cosines with every topic description (temperature
    /// <see cref="TopicInferenceOptions.DescriptionTemperature"/>): it speaks for topics no labelled paper has and
    /// lowers the vote's topic when the text reads like another field.
    /// </para>
    /// </summary>
    public List<TopicScore> Score(QuantizedVector paper, int exclude = -1)
    {
        var vote = NeighbourVote(paper, exclude);
        var description = DescriptionShare(paper);
        var w = _pool.Length == 0 ? 1.0 : _options.DescriptionWeight;
        var combined = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (code, share) in vote) combined[code] = (1 - w) * share;
        foreach (var (code, share) in description) combined[code] = combined.GetValueOrDefault(code) + w * share;
        return combined
            .Where(c => c.Value > 0)
            .Select(c => new TopicScore(c.Key, c.Value))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The <see cref="TopicInferenceOptions.NeighbourCount"/> nearest pool papers: (position, cosine), best first.</summary>
    public List<(int Position, float Similarity)> Nearest(QuantizedVector paper, int exclude = -1)
    {
        var k = _options.NeighbourCount;
        // why: a min-heap of the best k, the worst kept on top; ties go to the lower position (deterministic).
        var heap = new PriorityQueue<int, (float Similarity, int NegPosition)>(k + 1);
        for (var p = 0; p < _pool.Length; p++)
        {
            if (p == exclude) continue;
            var priority = (paper.Dot(_pool[p]), -p);
            if (heap.Count < k) heap.Enqueue(p, priority);
            else if (heap.TryPeek(out _, out var worst) && priority.CompareTo(worst) > 0) heap.EnqueueDequeue(p, priority);
        }
        var result = new List<(int, float)>(heap.Count);
        while (heap.TryDequeue(out var position, out var priority)) result.Add((position, priority.Similarity));
        result.Reverse();
        return result;
    }

    private Dictionary<string, double> NeighbourVote(QuantizedVector paper, int exclude)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        if (_pool.Length == 0) return votes;
        var nearest = Nearest(paper, exclude);
        var weights = nearest.Select(n => Weight(n.Similarity)).ToArray();
        // why: k background neighbours of weight 1 (cosine = BackgroundSimilarity) share the vote; see Score.
        var total = weights.Sum() + _options.NeighbourCount;
        for (var i = 0; i < nearest.Count; i++)
        {
            foreach (var code in _poolLabels[nearest[i].Position]) votes[code] = votes.GetValueOrDefault(code) + weights[i] / total;
        }
        return votes;
    }

    /// <summary>A neighbour's weight: exp((cosine − background) / temperature), so 1 at the background cosine.</summary>
    private double Weight(float similarity) =>
        Math.Exp((similarity - _options.BackgroundSimilarity) / _options.NeighbourTemperature);

    private Dictionary<string, double> DescriptionShare(QuantizedVector paper)
    {
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        if (_descriptions.Length == 0) return shares;
        var logits = _descriptions.Select(d => paper.Dot(d) / _options.DescriptionTemperature).ToArray();
        var max = logits.Max();
        var exp = logits.Select(l => Math.Exp(l - max)).ToArray();
        var sum = exp.Sum();
        for (var i = 0; i < exp.Length; i++) shares[_descriptionCodes[i]] = exp[i] / sum;
        return shares;
    }
}
