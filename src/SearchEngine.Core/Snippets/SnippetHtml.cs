using System.Text;

namespace SearchEngine.Core.Snippets;

/// <summary>
/// Renders a <see cref="Snippet"/> as HTML: every character of the fragment is escaped first, then highlighted
/// spans are wrapped in <c>&lt;mark&gt;</c>. The only tags in the output are ours.
/// </summary>
public static class SnippetHtml
{
    /// <summary>
    /// HTML for <paramref name="snippet"/>. Never throws on bad ranges: ranges are clipped to the fragment, and a
    /// range overlapping an earlier one is clipped to start after it.
    /// </summary>
    public static string Render(Snippet snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var text = snippet.Fragment ?? "";
        var html = new StringBuilder(text.Length + 16);
        var at = 0;
        foreach (var range in snippet.Highlights.OrderBy(r => r.Start))
        {
            var start = Math.Clamp(range.Start, at, text.Length);
            var end = Math.Clamp((long)range.Start + range.Length, start, text.Length);
            if (end <= start) continue;
            Escape(html, text.AsSpan(at, start - at));
            html.Append("<mark>");
            Escape(html, text.AsSpan(start, (int)end - start));
            html.Append("</mark>");
            at = (int)end;
        }
        Escape(html, text.AsSpan(at));
        return html.ToString();
    }

    /// <summary>
    /// Minimal escaping of the five characters that matter in HTML text and attributes. Unlike
    /// <see cref="System.Net.WebUtility.HtmlEncode(string)"/>, it leaves <c>é</c> and other non-ASCII text as is.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder(text.Length);
        Escape(html, text);
        return html.ToString();
    }

    private static void Escape(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default: html.Append(c); break;
            }
        }
    }
}
