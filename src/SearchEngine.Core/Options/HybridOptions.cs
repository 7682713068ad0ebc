namespace SearchEngine.Core.Options;

/// <summary>
/// How the hybrid modes fuse the lexical and the semantic ranking (<see cref="Ranking.ReciprocalRankFusion"/> or
/// <see cref="Ranking.ScoreFusion"/>), chosen by measurement on CACM and MED (docs/relevance.md, "Fusion").
/// </summary>
public sealed record HybridOptions
{
    /// <summary>
    /// Fusion of similar papers' lists: <see cref="FusionMethod.CombSum"/> (the default: equal weights of the min-max
    /// normalized more-like-this scores and cosines; on CACM's citation links MRR 0.3708 → 0.3820, paired
    /// randomization p = 0.02, and P@10 0.1549 → 0.1561, not significant, over reciprocal rank) or
    /// <see cref="FusionMethod.Rrf"/>.
    /// </summary>
    public FusionMethod SimilarFusion { get; init; } = FusionMethod.CombSum;

    /// <summary>
    /// Fusion of a hybrid search's window (<see cref="Ranking.HybridRescorer"/>): <see cref="FusionMethod.Rrf"/>.
    /// why: score fusion raised MAP on CACM (0.4084 → 0.4211) and left it flat on MED, but lowered nDCG@10 and P@10
    /// on MED and MRR on both, so the first page users see would be worse (docs/relevance.md).
    /// </summary>
    public FusionMethod SearchFusion { get; init; } = FusionMethod.Rrf;

    /// <summary>
    /// Weight of the semantic side in score fusion, in [0, 1] (the lexical side gets 1 − it); 0.5 weighs the two
    /// normalized scores equally, as reciprocal-rank fusion weighs the two ranks.
    /// </summary>
    public float DenseWeight { get; init; } = 0.5f;

    /// <summary>Reciprocal-rank fusion's constant (Cormack et al. 2009: 60).</summary>
    public int RrfK { get; init; } = Ranking.ReciprocalRankFusion.K;

    /// <summary>Applies one override (key without the <c>hybrid.</c> prefix).</summary>
    /// <exception cref="FormatException">A bad value; the message names the setting.</exception>
    /// <exception cref="KeyNotFoundException">An unknown key.</exception>
    public HybridOptions With(string key, string value) => key switch
    {
        "fusion" or "similarfusion" => this with { SimilarFusion = Method("hybrid." + key, value) },
        "searchfusion" => this with { SearchFusion = Method("hybrid." + key, value) },
        "denseweight" => this with { DenseWeight = RankingOptions.F("hybrid." + key, value, 0, 1) },
        "k" or "rrfk" => this with { RrfK = RankingOptions.I("hybrid." + key, value, 1, 10_000) },
        _ => throw new KeyNotFoundException($"unknown hybrid setting 'hybrid.{key}'"),
    };

    /// <summary>The setting's spelling of <paramref name="method"/> (<c>rrf</c>, <c>combsum</c>).</summary>
    public static string Name(FusionMethod method) => method == FusionMethod.Rrf ? "rrf" : "combsum";

    private static FusionMethod Method(string key, string value) => value.Trim().ToLowerInvariant() switch
    {
        "rrf" => FusionMethod.Rrf,
        "combsum" => FusionMethod.CombSum,
        _ => throw new FormatException($"{key} must be rrf or combsum (got '{value}')"),
    };
}
