using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace SearchEngine.Core.Search;

/// <summary>
/// An opaque deep-paging cursor: the sort values of the last hit of a page plus its paper id (unique
/// tie-break), so it survives index refreshes and merges (Lucene doc ids do not). Base64url text.
/// </summary>
/// <param name="FirstPassScore">
/// Set when the hit lay after the feedback window (<see cref="Ranking.FeedbackRescorer"/>): its first-pass score,
/// from which the next page resumes the first pass directly.
/// </param>
public sealed record SearchCursor(SortOrder Sort, float Score, int Year, string Id, float? FirstPassScore = null)
{
    private const string Version = "c2";
    // why: cursors handed out before feedback windows (no first-pass score) stay valid.
    private const string PreviousVersion = "c1";

    public string Encode()
    {
        var text = string.Join('\u001f', Version, Sort.ToString(), Number(Score),
            Year.ToString(CultureInfo.InvariantCulture), Id, FirstPassScore is { } first ? Number(first) : "");
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    private static string Number(float f) => f.ToString("R", CultureInfo.InvariantCulture);

    public static SearchCursor? TryDecode(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('\u001f');
            if (!(parts.Length == 5 && parts[0] == PreviousVersion || parts.Length == 6 && parts[0] == Version)) return null;
            if (!Enum.TryParse<SortOrder>(parts[1], out var sort) || !Enum.IsDefined(sort)) return null;
            if (!float.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var score)) return null;
            if (!int.TryParse(parts[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year)) return null;
            float? first = null;
            if (parts.Length == 6 && parts[5].Length > 0)
            {
                if (!float.TryParse(parts[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var f)) return null;
                first = f;
            }
            return parts[4].Length == 0 ? null : new SearchCursor(sort, score, year, parts[4], first);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
