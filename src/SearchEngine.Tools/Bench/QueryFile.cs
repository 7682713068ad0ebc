using System.Globalization;
using SearchEngine.Cli;

namespace SearchEngine.Tools.Bench;

/// <summary>
/// The bench's query texts as a file, in the Java anchor's format: one <c>qid&lt;TAB&gt;text</c> line per query.
/// Our engine and the Java anchor read the same file, so both run the identical queries.
/// </summary>
public static class QueryFile
{
    /// <summary>Reads every query; a malformed line fails with the file and line number (the anchor would stop on it too).</summary>
    public static IReadOnlyList<string> Read(string path)
    {
        if (!File.Exists(path)) throw new CliException($"query file not found: {path}", ExitCodes.NothingRead);
        var texts = new List<string>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var text = tab < 0 ? "" : line[(tab + 1)..].Trim();
            if (tab <= 0 || text.Length == 0 || text.Contains('\t', StringComparison.Ordinal))
            {
                throw new CliException($"{path}:{number}: expected 'qid<TAB>query text', got '{Shorten(line)}'");
            }
            texts.Add(text);
        }
        if (texts.Count == 0) throw new CliException($"{path}: no queries", ExitCodes.NothingRead);
        return texts;
    }

    public static void Write(string path, IReadOnlyList<string> texts)
    {
        using var writer = new StreamWriter(path);
        for (var i = 0; i < texts.Count; i++)
        {
            writer.Write((i + 1).ToString(CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.Write(texts[i].Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '));
            writer.Write('\n');
        }
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..60] + "…";
}
