namespace SearchEngine.Core.Options;

/// <summary>How a hybrid mode combines the lexical and the semantic ranking (<see cref="HybridOptions"/>).</summary>
public enum FusionMethod
{
    /// <summary>Reciprocal-rank fusion: ranks only (<see cref="Ranking.ReciprocalRankFusion"/>).</summary>
    Rrf,
    /// <summary>A convex combination of min-max normalized scores (<see cref="Ranking.ScoreFusion"/>).</summary>
    CombSum,
}
