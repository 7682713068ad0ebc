using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace SearchEngine.Core.Search;

/// <summary>
/// An opaque deep-paging cursor: the sort values of the last hit of a page plus its paper id (unique
/// tie-break), so it survives index refreshes and merges (Lucene doc ids do not). Base64url text.
/// </summary>
public sealed record SearchCursor(SortOrder Sort, float Score, int Year, string Id)
{
    private const string Version = "c1";

    public string Encode()
    {
        var text = string.Join('\u001f', Version, Sort.ToString(), Score.ToString("R", CultureInfo.InvariantCulture),
            Year.ToString(CultureInfo.InvariantCulture), Id);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    public static SearchCursor? TryDecode(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('\u001f');
            if (parts.Length != 5 || parts[0] != Version) return null;
            if (!Enum.TryParse<SortOrder>(parts[1], out var sort) || !Enum.IsDefined(sort)) return null;
            if (!float.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var score)) return null;
            if (!int.TryParse(parts[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year)) return null;
            return parts[4].Length == 0 ? null : new SearchCursor(sort, score, year, parts[4]);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
