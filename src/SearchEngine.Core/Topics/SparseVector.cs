namespace SearchEngine.Core.Topics;

/// <summary>A unit-length tf-idf vector over term ids, holding only its strongest terms.</summary>
/// <param name="Terms">Term ids.</param>
/// <param name="Weights">Weights, parallel to <paramref name="Terms"/>; their squares sum to 1 (or the vector is empty).</param>
internal readonly record struct SparseVector(int[] Terms, float[] Weights)
{
    public static SparseVector Empty { get; } = new([], []);

    public bool IsEmpty => Terms.Length == 0;

    /// <summary>
    /// Keeps the <paramref name="maxTerms"/> heaviest of <paramref name="weights"/> (ties: lower term id) and scales
    /// them to unit length.
    /// </summary>
    public static SparseVector TopTerms(Dictionary<int, double> weights, int maxTerms)
    {
        var kept = weights
            .Where(w => w.Value > 0)
            .OrderByDescending(w => w.Value)
            .ThenBy(w => w.Key)
            .Take(maxTerms)
            .ToArray();
        if (kept.Length == 0) return Empty;
        var norm = Math.Sqrt(kept.Sum(w => w.Value * w.Value));
        return new SparseVector(
            kept.Select(w => w.Key).ToArray(),
            kept.Select(w => (float)(w.Value / norm)).ToArray());
    }
}
