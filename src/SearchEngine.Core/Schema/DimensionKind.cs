namespace SearchEngine.Core.Schema;

/// <summary>How a <see cref="Dimension"/>'s values are indexed, filtered and counted.</summary>
public enum DimensionKind
{
    /// <summary>Exact strings: filtered by lower-cased term, counted from doc-values ordinals.</summary>
    Keyword,
    /// <summary>A year: filtered by an inclusive range, counted into a histogram.</summary>
    Year,
    /// <summary><c>true</c> / <c>false</c>: filtered and counted like a keyword with two values.</summary>
    Boolean,
}
