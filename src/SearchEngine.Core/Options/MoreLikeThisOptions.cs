namespace SearchEngine.Core.Options;

/// <summary>
/// More-like-this parameters. Lucene's defaults (min term freq 2, min doc freq 5) return nothing for short
/// abstracts; ours are chosen by measurement on CACM citation links (docs/relevance.md).
/// </summary>
public sealed record MoreLikeThisOptions
{
    public int MinTermFreq { get; init; } = 1;
    public int MinDocFreq { get; init; } = 2;
    public int MaxDocFreqPercent { get; init; } = 50;
    public int MaxQueryTerms { get; init; } = 25;
    public int MinWordLen { get; init; } = 2;
    /// <summary>Weight each chosen term by its tf-idf score.</summary>
    public bool Boost { get; init; } = true;
    /// <summary>Fields the terms are taken from and searched in.</summary>
    public IReadOnlyList<string> Fields { get; init; } = ["title", "abstract"];

    public MoreLikeThisOptions With(string key, string value) => key switch
    {
        "mintermfreq" => this with { MinTermFreq = RankingOptions.I(value) },
        "mindocfreq" => this with { MinDocFreq = RankingOptions.I(value) },
        "maxdocfreqpercent" => this with { MaxDocFreqPercent = RankingOptions.I(value) },
        "maxqueryterms" => this with { MaxQueryTerms = RankingOptions.I(value) },
        "minwordlen" => this with { MinWordLen = RankingOptions.I(value) },
        "boost" => this with { Boost = bool.Parse(value) },
        "fields" => this with { Fields = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
        _ => throw new KeyNotFoundException($"unknown more-like-this setting 'mlt.{key}'"),
    };
}
