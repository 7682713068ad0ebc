using System.Globalization;

namespace SearchEngine.Core.Options;

/// <summary>
/// Every query-time ranking setting, with the defaults chosen by measurement on CACM (see docs/relevance.md).
/// Bound from configuration (<c>Ranking:*</c>) in the API and overridable with <c>--set key=value</c> in the CLI.
/// </summary>
public sealed record RankingOptions
{
    /// <summary>BM25 term-frequency saturation (Lucene's and Robertson's 1.2; docs/relevance.md).</summary>
    public float K1 { get; init; } = 1.2f;
    /// <summary>
    /// BM25 length normalization: 0.5, below Lucene's 0.75, because scholarly records mix title-only entries with
    /// long abstracts; 0.5 beats both 0.6 and 0.75 on CACM and on MED (docs/relevance.md).
    /// </summary>
    public float B { get; init; } = 0.5f;

    // The field weights below are turned into the one field-weight table by Ranking.FieldWeights.

    /// <summary>Weight of the combined title + abstract field (<see cref="Schema.PaperFields.Text"/>): the main signal.</summary>
    public float TextWeight { get; init; } = 1.0f;
    /// <summary>Extra weight of a match in the title (on top of <see cref="TextWeight"/>).</summary>
    public float TitleWeight { get; init; }
    /// <summary>Weight of a match in an author name.</summary>
    public float AuthorWeight { get; init; } = 0.25f;
    /// <summary>
    /// Weight of a query of two to four bare words matching one author's whole name (<c>Yunhe Wang</c>), so a name
    /// typed alone ranks that person's papers first (0: off). 2: twice the combined field's weight, so a whole-name
    /// match outweighs the same words merely mentioned in a title or abstract; no CACM or MED query is a name, so
    /// their figures do not move.
    /// </summary>
    public float AuthorNameWeight { get; init; } = 2.0f;
    /// <summary>
    /// Boost of the unstemmed title for exact-form and phrase matches; it also finds a model name typed whole in lower
    /// case (<c>ghostnetv2</c>), whose word-delimiter parts do not line up as a phrase.
    /// </summary>
    public float TitleExactWeight { get; init; } = 0.25f;

    /// <summary><c>or</c> (ranked, default) or <c>and</c> for bare words.</summary>
    public string DefaultOperator { get; init; } = "or";

    /// <summary>Pseudo-relevance feedback (RM3-style expansion from the top documents).</summary>
    public bool Feedback { get; init; } = true;
    public int FeedbackDocs { get; init; } = 10;
    public int FeedbackTerms { get; init; } = 20;
    /// <summary>Weight of the original query in the expanded query (RM3's lambda).</summary>
    public float FeedbackOriginalWeight { get; init; } = 0.8f;
    /// <summary>
    /// How many of the first-pass hits feedback re-scores (<see cref="Ranking.FeedbackRescorer"/>); hits after them
    /// keep their first-pass order. Measured on CACM and MED in docs/relevance.md.
    /// </summary>
    public int FeedbackWindow { get; init; } = 1000;

    public MoreLikeThisOptions Similar { get; init; } = new();

    /// <summary>Fusion in the hybrid modes (search and similar papers).</summary>
    public HybridOptions Hybrid { get; init; } = new();

    /// <summary>Applies one <c>key=value</c> override; returns an error message for an unknown key or bad value.</summary>
    public RankingOptions With(string key, string value, out string? error)
    {
        error = null;
        var k = key.Trim().ToLowerInvariant();
        var v = value.Trim();
        try
        {
            return k switch
            {
                "k1" => this with { K1 = F(k, v, 0, 10) },
                "b" => this with { B = F(k, v, 0, 1) },
                "text" or "textweight" => this with { TextWeight = F(k, v, 0, 100) },
                "title" or "titleweight" => this with { TitleWeight = F(k, v, 0, 100) },
                "abstract" or "abstractweight" => throw new KeyNotFoundException(
                    $"ranking setting '{key}' was removed: the abstract is indexed only in the combined field, weighted by 'text'"),
                "author" or "authorweight" => this with { AuthorWeight = F(k, v, 0, 100) },
                "authorname" or "authornameweight" => this with { AuthorNameWeight = F(k, v, 0, 100) },
                "titleexact" or "titleexactweight" => this with { TitleExactWeight = F(k, v, 0, 100) },
                "operator" or "defaultoperator" => v.ToLowerInvariant() is "or" or "and"
                    ? this with { DefaultOperator = v.ToLowerInvariant() }
                    : throw new FormatException($"operator must be 'or' or 'and' (got '{value}')"),
                "feedback" or "rm3" => this with { Feedback = Bool(k, v) },
                "fbdocs" or "feedbackdocs" => this with { FeedbackDocs = I(k, v, 1, 1000) },
                "fbterms" or "feedbackterms" => this with { FeedbackTerms = I(k, v, 1, 1000) },
                "fborigweight" or "feedbackoriginalweight" => this with { FeedbackOriginalWeight = F(k, v, 0, 1) },
                "fbwindow" or "feedbackwindow" => this with { FeedbackWindow = I(k, v, 1, 10_000) },
                _ when k.StartsWith("mlt.", StringComparison.Ordinal) => this with { Similar = Similar.With(k[4..], v) },
                _ when k.StartsWith("hybrid.", StringComparison.Ordinal) => this with { Hybrid = Hybrid.With(k[7..], v) },
                _ => throw new KeyNotFoundException($"unknown ranking setting '{key}'"),
            };
        }
        catch (Exception e) when (e is FormatException or KeyNotFoundException)
        {
            error = e.Message;
            return this;
        }
    }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>], invariant culture.</summary>
    /// <exception cref="FormatException">Not a number or out of range; the message names the setting.</exception>
    internal static float F(string key, string s, float min, float max) =>
        float.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && float.IsFinite(f) && f >= min && f <= max
            ? f
            : throw new FormatException($"{key} must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)} (got '{s}')");

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <exception cref="FormatException">Not a whole number or out of range; the message names the setting.</exception>
    internal static int I(string key, string s, int min, int max) =>
        int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= min && i <= max
            ? i
            : throw new FormatException($"{key} must be a whole number from {min} to {max} (got '{s}')");

    /// <summary><c>true</c>/<c>false</c> (any case).</summary>
    /// <exception cref="FormatException">Anything else; the message names the setting.</exception>
    internal static bool Bool(string key, string s) =>
        bool.TryParse(s.Trim(), out var b) ? b : throw new FormatException($"{key} must be true or false (got '{s}')");
}
