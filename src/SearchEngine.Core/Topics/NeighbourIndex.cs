namespace SearchEngine.Core.Topics;

/// <summary>
/// An inverted index over the tf-idf vectors of the labelled pool, for exact top-k cosine search restricted to
/// papers that share a term with the query.
/// <para>
/// why: a brute-force scan costs pool × query terms per paper; postings of the query's few strongest terms touch
/// only the pool papers that can score above zero. Stored compactly (one offsets array plus two flat arrays) so a
/// 20,000-paper pool of 64 terms each takes about 10 MB.
/// </para>
/// </summary>
internal sealed class NeighbourIndex
{
    // why: one accumulator per thread, reused across queries; allocating pool-sized arrays per paper would churn
    // the large-object heap on a million papers.
    [ThreadStatic] private static float[]? t_scores;
    [ThreadStatic] private static int[]? t_touched;

    private readonly int[] _offsets; // postings of term t are [_offsets[t], _offsets[t + 1])
    private readonly int[] _positions;
    private readonly float[] _weights;

    public NeighbourIndex(IReadOnlyList<SparseVector> pool, int termCount)
    {
        Count = pool.Count;
        _offsets = new int[termCount + 1];
        foreach (var vector in pool)
        {
            foreach (var term in vector.Terms) _offsets[term + 1]++;
        }
        for (var t = 0; t < termCount; t++) _offsets[t + 1] += _offsets[t];
        _positions = new int[_offsets[termCount]];
        _weights = new float[_offsets[termCount]];
        var next = (int[])_offsets.Clone();
        for (var p = 0; p < pool.Count; p++)
        {
            var vector = pool[p];
            for (var j = 0; j < vector.Terms.Length; j++)
            {
                var slot = next[vector.Terms[j]]++;
                _positions[slot] = p;
                _weights[slot] = vector.Weights[j];
            }
        }
    }

    /// <summary>Number of pool papers.</summary>
    public int Count { get; }

    /// <summary>
    /// The <paramref name="k"/> pool papers most similar to <paramref name="query"/> with similarity above zero,
    /// most similar first (ties: lower position), leaving out position <paramref name="exclude"/> (-1: none).
    /// </summary>
    public List<Neighbour> Search(SparseVector query, int k, int exclude)
    {
        var result = new List<Neighbour>(k);
        if (Count == 0 || query.IsEmpty) return result;
        var scores = t_scores is { } s && s.Length >= Count ? s : t_scores = new float[Count];
        var touched = t_touched is { } t && t.Length >= Count ? t : t_touched = new int[Count];
        var touchedCount = 0;
        for (var i = 0; i < query.Terms.Length; i++)
        {
            var term = query.Terms[i];
            if (term + 1 >= _offsets.Length) continue;
            var weight = query.Weights[i];
            for (var slot = _offsets[term]; slot < _offsets[term + 1]; slot++)
            {
                var position = _positions[slot];
                if (scores[position] == 0f) touched[touchedCount++] = position;
                scores[position] += weight * _weights[slot];
            }
        }
        for (var i = 0; i < touchedCount; i++)
        {
            var position = touched[i];
            var similarity = scores[position];
            scores[position] = 0f; // reset for the next query on this thread
            if (position == exclude || similarity <= 0f) continue;
            Insert(result, new Neighbour(position, similarity), k);
        }
        return result;
    }

    /// <summary>Keeps <paramref name="best"/> sorted (similarity desc, position asc) and at most <paramref name="k"/> long.</summary>
    private static void Insert(List<Neighbour> best, Neighbour candidate, int k)
    {
        var at = best.Count;
        while (at > 0 && Before(candidate, best[at - 1])) at--;
        if (at >= k) return;
        best.Insert(at, candidate);
        if (best.Count > k) best.RemoveAt(k);
    }

    private static bool Before(Neighbour a, Neighbour b) =>
        a.Similarity > b.Similarity || (a.Similarity == b.Similarity && a.Position < b.Position);
}
