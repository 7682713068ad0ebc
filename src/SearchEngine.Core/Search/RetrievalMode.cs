namespace SearchEngine.Core.Search;

/// <summary>How papers are retrieved: by words (BM25 / more-like-this), by meaning (embeddings), or both fused.</summary>
public enum RetrievalMode
{
    Lexical,
    Semantic,
    /// <summary>Reciprocal-rank fusion of the lexical and the semantic ranking (see <see cref="Ranking.ReciprocalRankFusion"/>).</summary>
    Hybrid,
}
