using System.Globalization;
using SearchEngine.Core.Errors;

namespace SearchEngine.Core.Suggest;

/// <summary>A validated autocomplete request. Built only through <see cref="TryParse"/>.</summary>
/// <param name="Prefix">What the user typed so far, cut to <see cref="MaxPrefixLength"/>.</param>
/// <param name="Limit">How many suggestions.</param>
public sealed record SuggestRequest(string Prefix, int Limit)
{
    public const int DefaultLimit = 8;
    public const int MaxLimit = 20;
    /// <summary>Longer prefixes cannot complete anything useful; they are cut rather than rejected.</summary>
    public const int MaxPrefixLength = 200;

    /// <summary>Validates raw text parameters; null with the errors when the limit is malformed.</summary>
    public static SuggestRequest? TryParse(string? prefix, string? limit, out IReadOnlyList<SearchError> errors)
    {
        var count = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit)
            && !(int.TryParse(limit.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count) && count is >= 1 and <= MaxLimit))
        {
            errors = [new SearchError(SearchErrorCode.SizeOutOfRange, "limit", $"limit '{limit}' must be a whole number from 1 to {MaxLimit}")];
            return null;
        }
        errors = [];
        var text = prefix ?? "";
        return new SuggestRequest(text.Length > MaxPrefixLength ? text[..MaxPrefixLength] : text, count);
    }
}
