namespace SearchEngine.Core.Snippets;

/// <summary>Word and sentence boundaries of plain text, as the snippet cutter sees them.</summary>
internal static class TextBoundaries
{
    /// <summary>True when cutting before index <paramref name="i"/> does not split a word.</summary>
    public static bool IsWordBoundary(string text, int i) =>
        i <= 0 || i >= text.Length || char.IsWhiteSpace(text[i - 1]) || char.IsWhiteSpace(text[i]);

    /// <summary>
    /// True when <paramref name="i"/> ends a sentence: <c>.</c>, <c>!</c> or <c>?</c> followed by the end of the
    /// text, or by whitespace and a capital letter or digit.
    /// </summary>
    /// <remarks>why: requiring a capital after the stop keeps "e.g. the" and "et al. in" inside one sentence.</remarks>
    public static bool EndsSentence(string text, int i)
    {
        if (text[i] is not ('.' or '!' or '?')) return false;
        var next = i + 1;
        if (next >= text.Length) return true;
        if (!char.IsWhiteSpace(text[next])) return false;
        while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        return next >= text.Length || char.IsUpper(text[next]) || char.IsDigit(text[next]);
    }

    /// <summary>Index just past the end of the first sentence that ends at or after <paramref name="from"/>, or -1.</summary>
    public static int SentenceEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (EndsSentence(text, i)) return i + 1;
        }
        return -1;
    }

    /// <summary>The first sentence start in [<paramref name="from"/>, <paramref name="to"/>], or -1.</summary>
    public static int FirstSentenceStart(string text, int from, int to)
    {
        for (var i = Math.Max(from, 1); i <= to && i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && char.IsWhiteSpace(text[i - 1]))
            {
                var stop = i - 1;
                while (stop > 0 && char.IsWhiteSpace(text[stop])) stop--;
                if (EndsSentence(text, stop)) return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// The largest cut position in (<paramref name="min"/>, <paramref name="max"/>] that is a word boundary, else
    /// the word end at or after <paramref name="max"/>.
    /// </summary>
    public static int CutEndAtWord(string text, int min, int max)
    {
        if (max >= text.Length) return text.Length;
        for (var i = max; i > min; i--)
        {
            if (IsWordBoundary(text, i)) return i;
        }
        var end = max;
        while (end < text.Length && !IsWordBoundary(text, end)) end++;
        return end;
    }

    /// <summary>Moves <paramref name="end"/> back over trailing whitespace (not before <paramref name="start"/>).</summary>
    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    /// <summary>Moves <paramref name="start"/> forward over whitespace (not past <paramref name="end"/>).</summary>
    public static int TrimStart(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        return start;
    }
}
