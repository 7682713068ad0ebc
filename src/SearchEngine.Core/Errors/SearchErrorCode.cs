namespace SearchEngine.Core.Errors;

/// <summary>Every error a request can produce. The table in <see cref="SearchErrors"/> gives status and title.</summary>
public enum SearchErrorCode
{
    InvalidYear,
    InvertedYearRange,
    UnknownSort,
    InvalidPage,
    SizeOutOfRange,
    PageWindowTooDeep,
    UnknownFacet,
    InvalidFacetLimit,
    InvalidCursor,
    InvalidFilterValue,
    InvalidFormat,
    PaperNotFound,
    MissingText,
    InvalidBody,
    BodyTooLarge,
    UnsupportedMediaType,
    IndexNotReady,
    UnknownMode,
    EmbeddingsOff,
    WritesDisabled,
    InvalidWriteKey,
    InvalidPaper,
    TooManyRequests,
    TimeBudgetExceeded,
    TooManyTerms,
    InvalidHost,
}
