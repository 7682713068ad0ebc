namespace SearchEngine.Core.Ingest;

/// <summary>A run of non-blank lines of a page dump, with the 1-based line of its first line.</summary>
public sealed record PageBlock(int Line, IReadOnlyList<string> Lines)
{
    /// <summary>The block's lines joined with a space (most blocks are one line).</summary>
    public string Text => string.Join(' ', Lines);

    /// <summary>
    /// Splits <paramref name="reader"/> into blocks separated by blank lines, streaming. The last block is
    /// yielded at end of input too: no seed page ends with a newline, and its last record must not be lost.
    /// </summary>
    public static IEnumerable<PageBlock> ReadAll(TextReader reader)
    {
        var lines = new List<string>();
        var start = 0;
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                if (lines.Count > 0)
                {
                    yield return new PageBlock(start, lines);
                    lines = [];
                }
                continue;
            }
            if (lines.Count == 0)
            {
                start = lineNo;
            }
            lines.Add(line);
        }
        if (lines.Count > 0)
        {
            yield return new PageBlock(start, lines);
        }
    }
}
