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

    /// <summary>
    /// Problems the HTTP layer answers itself, not raised by any request handler: an unknown route, a wrong method, an
    /// unacceptable <c>Accept</c>. Listed so the error page and problem <c>code</c>s cover every problem a client sees.
    /// </summary>
    public static IReadOnlyList<Description> Protocol { get; } =
    [
        // Titles as ASP.NET writes them.
        new("not-found", 404, "Not Found"),
        new("method-not-allowed", 405, "Method Not Allowed"),
        new("not-acceptable", 406, "Not Acceptable"),
    ];

    /// <summary>Every catalogued problem: the request errors in code order, then <see cref="Protocol"/>.</summary>
    public static IReadOnlyList<Description> All { get; } =
        [.. Enum.GetValues<SearchErrorCode>().Select(c => Table[c]), .. Protocol];

    public static Description Describe(SearchErrorCode code) => Table[code];

    /// <summary>
    /// The catalogued problem for a bare HTTP status (one the framework wrote): a <see cref="Protocol"/> entry, else the
    /// one request error with that status (415 → <c>unsupported-media-type</c>); null when there is none.
    /// </summary>
    public static Description? ForStatus(int status) =>
        Protocol.FirstOrDefault(d => d.Status == status)
        ?? (Table.Values.Count(d => d.Status == status) == 1 ? Table.Values.Single(d => d.Status == status) : null);
}
