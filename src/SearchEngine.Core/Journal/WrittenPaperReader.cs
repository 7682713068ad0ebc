using System.Runtime.CompilerServices;
using SearchEngine.Core.Exchange;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Journal;

/// <summary>
/// Reads papers to write (exchange schema, one object per line) from a stream, one line at a time: what
/// <c>POST /api/papers</c> (NDJSON) and <c>searchengine add FILE.jsonl</c> share. Blank lines are skipped; a bad
/// line becomes a <see cref="WrittenLine"/> with its number and reason, and reading goes on.
/// </summary>
/// <example>
/// <code>
/// await foreach (var line in WrittenPaperReader.ReadAsync(reader, "api", cancellationToken))
///     if (line.Paper is { } paper) batch.Add(JournalEntry.Upsert(paper)); else errors.Add(line);
/// </code>
/// </example>
public static class WrittenPaperReader
{
    /// <summary>The lines of <paramref name="reader"/>, read as they arrive (never the whole stream at once).</summary>
    /// <param name="source">Names the stream in each paper's <see cref="SourceRef"/> (a file name, or <c>api</c>).</param>
    public static async IAsyncEnumerable<WrittenLine> ReadAsync(TextReader reader, string source,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(text)) yield return Parse(text, source, number);
        }
    }

    /// <summary>The lines of <paramref name="reader"/>, synchronously (a local file).</summary>
    public static IEnumerable<WrittenLine> Read(TextReader reader, string source)
    {
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(text)) yield return Parse(text, source, number);
        }
    }

    /// <summary>One object (a line, or a whole <c>application/json</c> body as line 1).</summary>
    public static WrittenLine Parse(string json, string source, int line)
    {
        var parsed = ExchangeLine.Parse(json, out var error);
        var paper = parsed is null ? null : WrittenPaper.FromJson(parsed, new SourceRef(source, PageKind.JsonLines, line, line), out error);
        return new WrittenLine(line, paper, paper is null ? error ?? "invalid paper" : null);
    }
}
