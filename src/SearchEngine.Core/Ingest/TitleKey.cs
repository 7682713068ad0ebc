using System.Text;

namespace SearchEngine.Core.Ingest;

/// <summary>
/// The key under which records of the same paper meet: NFKC, lower-cased, every run of characters that
/// are not letters or digits collapsed to one space, trimmed. <c>PanGu-$π$ Pro:Rethinking</c> →
/// <c>pangu π pro rethinking</c>.
/// </summary>
public static class TitleKey
{
    public static string For(string title)
    {
        var folded = TextNormalizer.Normalize(title).ToLowerInvariant();
        var sb = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                pendingSpace = false;
                sb.Append(c);
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.ToString();
    }
}
