using System.Globalization;

namespace SearchEngine.Core.Search;

/// <summary>An inclusive year range, open-ended on either side: <c>2020</c>, <c>2018-2022</c>, <c>2018-</c>, <c>-2015</c>.</summary>
public sealed record YearRange(int? From, int? To)
{
    public bool Contains(int year) => (From is null || year >= From) && (To is null || year <= To);

    public override string ToString() => From == To && From is not null ? $"{From}" : $"{From}-{To}";

    /// <summary>Parses the range; null with an error message when malformed.</summary>
    public static YearRange? TryParse(string text, out string? error, out bool inverted)
    {
        error = null;
        inverted = false;
        var t = text.Trim().Replace('–', '-').Replace("..", "-", StringComparison.Ordinal);
        var dash = t.IndexOf('-', StringComparison.Ordinal);
        int? from, to;
        if (dash < 0)
        {
            if (!TryYear(t, out var y)) return Fail(text, out error);
            from = to = y;
        }
        else
        {
            var left = t[..dash].Trim();
            var right = t[(dash + 1)..].Trim();
            if (left.Length == 0 && right.Length == 0) return Fail(text, out error);
            from = to = null;
            if (left.Length > 0) { if (!TryYear(left, out var a)) return Fail(text, out error); from = a; }
            if (right.Length > 0) { if (!TryYear(right, out var b)) return Fail(text, out error); to = b; }
        }
        if (from > to)
        {
            inverted = true;
            error = $"year range '{text}' is inverted: {from} is after {to}; write it as {to}-{from}";
            return null;
        }
        return new YearRange(from, to);
    }

    private static YearRange? Fail(string text, out string? error)
    {
        error = $"year '{text}' is not a year or range; use 2020, 2018-2022, 2018-, -2015 or unknown";
        return null;
    }

    private static bool TryYear(string s, out int year) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1 and <= 9999;
}
