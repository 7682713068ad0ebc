namespace SearchEngine.Core.Errors;

/// <summary>
/// The single error catalog shared by the API (problem details) and the CLI (message + exit code): one line per
/// code with its HTTP status and title.
/// </summary>
public static class SearchErrors
{
    public sealed record Description(string Name, int Status, string Title);

    private static readonly Dictionary<SearchErrorCode, Description> Table = new()
    {
        [SearchErrorCode.InvalidYear] = new("invalid-year", 400, "Invalid year filter"),
        [SearchErrorCode.InvertedYearRange] = new("inverted-year-range", 400, "Inverted year range"),
        [SearchErrorCode.UnknownSort] = new("unknown-sort", 400, "Unknown sort order"),
        [SearchErrorCode.InvalidPage] = new("invalid-page", 400, "Invalid page"),
        [SearchErrorCode.SizeOutOfRange] = new("size-out-of-range", 400, "Page size out of range"),
        [SearchErrorCode.PageWindowTooDeep] = new("page-window-too-deep", 400, "Page window too deep"),
        [SearchErrorCode.UnknownFacet] = new("unknown-facet", 400, "Unknown facet"),
        [SearchErrorCode.InvalidFacetLimit] = new("invalid-facet-limit", 400, "Invalid facet limit"),
        [SearchErrorCode.InvalidCursor] = new("invalid-cursor", 400, "Invalid cursor"),
        [SearchErrorCode.InvalidFilterValue] = new("invalid-filter-value", 400, "Invalid filter value"),
        [SearchErrorCode.InvalidFormat] = new("invalid-format", 400, "Unknown export format"),
        [SearchErrorCode.PaperNotFound] = new("paper-not-found", 404, "Paper not found"),
        [SearchErrorCode.MissingText] = new("missing-text", 400, "Missing text"),
        [SearchErrorCode.InvalidBody] = new("invalid-body", 400, "Malformed request body"),
        [SearchErrorCode.BodyTooLarge] = new("body-too-large", 413, "Request body too large"),
        [SearchErrorCode.UnsupportedMediaType] = new("unsupported-media-type", 415, "Unsupported media type"),
        [SearchErrorCode.IndexNotReady] = new("index-not-ready", 503, "Index not ready"),
        [SearchErrorCode.UnknownMode] = new("unknown-mode", 400, "Unknown retrieval mode"),
        [SearchErrorCode.EmbeddingsOff] = new("embeddings-off", 400, "Embeddings are off"),
        [SearchErrorCode.WritesDisabled] = new("writes-disabled", 403, "Writes are disabled"),
        [SearchErrorCode.InvalidWriteKey] = new("invalid-write-key", 401, "Missing or invalid write key"),
        [SearchErrorCode.InvalidPaper] = new("invalid-paper", 400, "Invalid paper"),
        [SearchErrorCode.TooManyRequests] = new("too-many-requests", 429, "Too many requests"),
        [SearchErrorCode.TimeBudgetExceeded] = new("time-budget-exceeded", 503, "Time budget exceeded"),
        [SearchErrorCode.TooManyTerms] = new("too-many-terms", 400, "Too many query terms"),
        [SearchErrorCode.InvalidHost] = new("invalid-host", 400, "Host not allowed"),
    };

    public static Description Describe(SearchErrorCode code) => Table[code];
}
