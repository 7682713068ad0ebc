namespace SearchEngine.Core.Options;

/// <summary>
/// More-like-this parameters. Lucene's defaults (min term freq 2, min doc freq 5) return nothing for short
/// abstracts; ours are chosen by measurement on CACM citation links (docs/relevance.md).
/// </summary>
public sealed record MoreLikeThisOptions
{
    public int MinTermFreq { get; init; } = 1;
    public int MinDocFreq { get; init; } = 2;
    /// <summary>Terms in more than this percentage of papers are ignored (100 = no limit).</summary>
    public int MaxDocFreqPercent { get; init; } = 50;
    public int MaxQueryTerms { get; init; } = 50;
    public int MinWordLen { get; init; } = 2;
    /// <summary>Weight each chosen term by its tf-idf score.</summary>
    public bool Boost { get; init; } = true;
    /// <summary>
    /// Weight of each author the source paper shares with a candidate (0: authors do not count). A term's weight is
    /// at most 1, so this is relative to the source's best term.
    /// </summary>
    public float AuthorWeight { get; init; } = 0.5f;
    /// <summary>Expand the more-like-this query by RM3 feedback from the papers it finds first.</summary>
    public bool Feedback { get; init; } = true;
    public int FeedbackDocs { get; init; } = 10;
    public int FeedbackTerms { get; init; } = 50;
    /// <summary>Weight of the more-like-this query in the expanded query (RM3's lambda).</summary>
    public float FeedbackOriginalWeight { get; init; } = 0.5f;
    /// <summary>
    /// How many of the more-like-this query's first papers feedback re-scores (search's
    /// <see cref="RankingOptions.FeedbackWindow"/> is 1,000). Shallower than search's because a page of similar papers is
    /// at most <see cref="Similar.SimilarPapers.MaxSize"/> long and the expansion only reorders the top: on CACM's links
    /// 100, 150, 200 and 300 give the figures of 1,000 (docs/relevance.md), at a fraction of the re-scoring.
    /// </summary>
    public int FeedbackWindow { get; init; } = 300;
    /// <summary>Fields the terms are taken from and searched in (<c>title</c>, <c>abstract</c>).</summary>
    public IReadOnlyList<string> Fields { get; init; } = ["title", "abstract"];

    public static IReadOnlyList<string> KnownFields { get; } = ["title", "abstract"];

    /// <summary>Applies one override (key without the <c>mlt.</c> prefix).</summary>
    /// <exception cref="FormatException">A bad value; the message names the setting.</exception>
    /// <exception cref="KeyNotFoundException">An unknown key.</exception>
    public MoreLikeThisOptions With(string key, string value) => key switch
    {
        "mintermfreq" => this with { MinTermFreq = RankingOptions.I("mlt." + key, value, 1, 1000) },
        "mindocfreq" => this with { MinDocFreq = RankingOptions.I("mlt." + key, value, 1, int.MaxValue) },
        "maxdocfreqpercent" => this with { MaxDocFreqPercent = RankingOptions.I("mlt." + key, value, 1, 100) },
        "maxqueryterms" => this with { MaxQueryTerms = RankingOptions.I("mlt." + key, value, 1, 1000) },
        "minwordlen" => this with { MinWordLen = RankingOptions.I("mlt." + key, value, 0, 100) },
        "boost" => this with { Boost = RankingOptions.Bool("mlt." + key, value) },
        "authorweight" or "author" => this with { AuthorWeight = RankingOptions.F("mlt." + key, value, 0, 100) },
        "feedback" => this with { Feedback = RankingOptions.Bool("mlt." + key, value) },
        "fbdocs" => this with { FeedbackDocs = RankingOptions.I("mlt." + key, value, 1, 1000) },
        "fbterms" => this with { FeedbackTerms = RankingOptions.I("mlt." + key, value, 1, 1000) },
        "fborigweight" => this with { FeedbackOriginalWeight = RankingOptions.F("mlt." + key, value, 0, 1) },
        "fbwindow" => this with { FeedbackWindow = RankingOptions.I("mlt." + key, value, 1, 10_000) },
        "fields" => this with { Fields = ParseFields(value) },
        _ => throw new KeyNotFoundException($"unknown more-like-this setting 'mlt.{key}'"),
    };

    private static string[] ParseFields(string value)
    {
        var fields = value.ToLowerInvariant().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct().ToArray();
        return fields.Length > 0 && fields.All(KnownFields.Contains)
            ? fields
            : throw new FormatException($"mlt.fields must be a comma-separated list of {string.Join(", ", KnownFields)} (got '{value}')");
    }
}
