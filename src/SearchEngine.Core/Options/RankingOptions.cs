using System.Globalization;

namespace SearchEngine.Core.Options;

/// <summary>
/// Every query-time ranking setting, with the defaults chosen by measurement on CACM (see docs/relevance.md).
/// Bound from configuration (<c>Ranking:*</c>) in the API and overridable with <c>--set key=value</c> in the CLI.
/// </summary>
public sealed record RankingOptions
{
    public float K1 { get; init; } = 1.2f;
    public float B { get; init; } = 0.75f;

    public float TitleWeight { get; init; } = 2.0f;
    public float AbstractWeight { get; init; } = 1.0f;
    public float AuthorWeight { get; init; } = 0.5f;
    /// <summary>Boost of the unstemmed title for exact-form and phrase matches.</summary>
    public float TitleExactWeight { get; init; } = 0.5f;

    /// <summary><c>or</c> (ranked, default) or <c>and</c> for bare words.</summary>
    public string DefaultOperator { get; init; } = "or";

    /// <summary>Pseudo-relevance feedback (RM3-style expansion from the top documents).</summary>
    public bool Feedback { get; init; }
    public int FeedbackDocs { get; init; } = 10;
    public int FeedbackTerms { get; init; } = 10;
    /// <summary>Weight of the original query in the expanded query (RM3's lambda).</summary>
    public float FeedbackOriginalWeight { get; init; } = 0.5f;

    public MoreLikeThisOptions Similar { get; init; } = new();

    /// <summary>Applies one <c>key=value</c> override; returns an error message for an unknown key or bad value.</summary>
    public RankingOptions With(string key, string value, out string? error)
    {
        error = null;
        var k = key.Trim().ToLowerInvariant();
        try
        {
            return k switch
            {
                "k1" => this with { K1 = F(value) },
                "b" => this with { B = F(value) },
                "title" or "titleweight" => this with { TitleWeight = F(value) },
                "abstract" or "abstractweight" => this with { AbstractWeight = F(value) },
                "author" or "authorweight" => this with { AuthorWeight = F(value) },
                "titleexact" or "titleexactweight" => this with { TitleExactWeight = F(value) },
                "operator" or "defaultoperator" => value.ToLowerInvariant() is "or" or "and"
                    ? this with { DefaultOperator = value.ToLowerInvariant() }
                    : throw new FormatException("operator must be 'or' or 'and'"),
                "feedback" or "rm3" => this with { Feedback = bool.Parse(value) },
                "fbdocs" or "feedbackdocs" => this with { FeedbackDocs = I(value) },
                "fbterms" or "feedbackterms" => this with { FeedbackTerms = I(value) },
                "fborigweight" or "feedbackoriginalweight" => this with { FeedbackOriginalWeight = F(value) },
                _ when k.StartsWith("mlt.", StringComparison.Ordinal) => this with { Similar = Similar.With(k[4..], value) },
                _ => throw new KeyNotFoundException($"unknown ranking setting '{key}'"),
            };
        }
        catch (Exception e) when (e is FormatException or KeyNotFoundException or OverflowException)
        {
            error = e.Message;
            return this;
        }
    }

    internal static float F(string s) => float.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
    internal static int I(string s) => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
