namespace SearchEngine.Core.Options;

/// <summary>
/// How title and abstract text is analyzed (the fields themselves are fixed: <see cref="Schema.PaperDocumentMapper"/>). An index-time choice: it is saved with the index and reused for
/// queries, because query text must be analyzed exactly like indexed text.
/// </summary>
public sealed record AnalyzerOptions
{
    /// <summary>
    /// <c>porter</c> (default: beats Krovetz's <c>kstem</c> on both CACM and MED with feedback on, docs/relevance.md),
    /// <c>kstem</c>, <c>minimal</c> (plural-only) or <c>none</c>.
    /// </summary>
    public string Stemmer { get; init; } = "porter";

    /// <summary>Drop English stop words.</summary>
    public bool StopWords { get; init; } = true;

    /// <summary>
    /// Split model names and compounds into their parts while keeping the whole (<c>GhostNetV2</c> →
    /// <c>ghostnetv2</c>, <c>ghost</c>, <c>net</c>, <c>v</c>, <c>2</c>), so they are findable by parts and as a whole.
    /// Dots and apostrophes do not split (<c>R.J.</c> stays one term).
    /// </summary>
    public bool WordDelimiter { get; init; } = true;

    /// <summary>
    /// Also index the family of a versioned model name at the same position (<c>GhostNetV2</c> → <c>ghostnet</c>,
    /// <c>YOLOv6</c> → <c>yolo</c>), so a search for the family finds every version. Independent of
    /// <see cref="WordDelimiter"/>.
    /// </summary>
    public bool ModelFamilies { get; init; } = true;

    public static IReadOnlyList<string> Stemmers { get; } = ["porter", "kstem", "minimal", "none"];

    /// <summary>
    /// Applies one <c>key=value</c> override (<c>stemmer</c>, <c>stopwords</c>, <c>worddelimiter</c>,
    /// <c>modelfamilies</c>; the <c>analyzer.</c> prefix is optional); returns an error message for an unknown key
    /// or bad value and leaves the options unchanged.
    /// </summary>
    public AnalyzerOptions With(string key, string value, out string? error)
    {
        error = null;
        var k = key.Trim().ToLowerInvariant();
        if (k.StartsWith("analyzer.", StringComparison.Ordinal)) k = k["analyzer.".Length..];
        var v = value.Trim().ToLowerInvariant();
        try
        {
            return k switch
            {
                "stemmer" => Stemmers.Contains(v)
                    ? this with { Stemmer = v }
                    : throw new FormatException($"analyzer.stemmer must be one of {string.Join(", ", Stemmers)} (got '{value}')"),
                "stopwords" => this with { StopWords = RankingOptions.Bool(key, value) },
                "worddelimiter" => this with { WordDelimiter = RankingOptions.Bool(key, value) },
                "singlefield" or "combinedfield" => throw new KeyNotFoundException(
                    $"analyzer setting '{key}' was removed: the index has one layout (title and abstract in one combined field; docs/relevance.md keeps the figures of the others)"),
                "modelfamilies" => this with { ModelFamilies = RankingOptions.Bool(key, value) },
                _ => throw new KeyNotFoundException(
                    $"unknown analyzer setting '{key}'; use analyzer.stemmer, analyzer.stopwords, analyzer.worddelimiter, or analyzer.modelfamilies"),
            };
        }
        catch (Exception e) when (e is FormatException or KeyNotFoundException)
        {
            error = e.Message;
            return this;
        }
    }
}
