namespace SearchEngine.Core.Topics;

/// <summary>A pool paper found similar to the paper being classified.</summary>
/// <param name="Position">Position in the neighbour pool.</param>
/// <param name="Similarity">Cosine similarity of the two tf-idf vectors (0–1).</param>
internal readonly record struct Neighbour(int Position, float Similarity);
