using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Search;

/// <summary>
/// The validated filter of one dimension: its values (OR), in canonical form, or for a year dimension the range.
/// </summary>
/// <param name="Dimension">The dimension restricted.</param>
/// <param name="Values">Keyword and boolean dimensions: the accepted values, distinct, canonical.</param>
/// <param name="Range">Year dimensions: the inclusive range, or null when only <paramref name="Missing"/> is asked for.</param>
/// <param name="Missing">Also (or only) papers without a value: the filter held <see cref="Dimension.MissingValue"/>.</param>
public sealed record DimensionFilter(Dimension Dimension, IReadOnlyList<string> Values, YearRange? Range = null, bool Missing = false);
