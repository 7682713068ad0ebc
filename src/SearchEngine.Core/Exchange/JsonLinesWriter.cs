using System.Text.Json;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Exchange;

/// <summary>Writes papers as JSON Lines in the exchange schema, one object per line, ordered by id.</summary>
public static class JsonLinesWriter
{
    public static void Write(IEnumerable<Paper> papers, TextWriter writer)
    {
        foreach (var paper in papers.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            writer.Write(JsonSerializer.Serialize(PaperJsonMapper.ToJson(paper), PaperJsonContext.Default.PaperJson));
            // why: "\n" rather than WriteLine, so output is byte-identical on every OS.
            writer.Write('\n');
        }
    }
}
