using System.Net;
using System.Text;

namespace SearchEngine.Core.Ingest;

/// <summary>
/// The one text cleanup every reader applies to titles, abstracts and names: decode HTML character
/// references, Unicode NFKC, collapse whitespace runs to one space, trim. LaTeX stays as text.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalizes <paramref name="text"/>; <c>null</c> becomes the empty string.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        // why: page 003 carries &#34; / &#39; where page 001 prints plain quotes; decode first so both agree.
        var decoded = text.Contains('&') ? WebUtility.HtmlDecode(text) : text;
        var folded = decoded.IsNormalized(NormalizationForm.FormKC) ? decoded : decoded.Normalize(NormalizationForm.FormKC);
        return CollapseWhitespace(folded);
    }

    private static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
