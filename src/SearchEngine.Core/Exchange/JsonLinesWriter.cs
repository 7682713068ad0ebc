using System.Text.Encodings.Web;
using System.Text.Json;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Exchange;

/// <summary>Writes papers as JSON Lines in the exchange schema, one object per line, ordered by id.</summary>
public static class JsonLinesWriter
{
    // why: relaxed escaping keeps π, ’ and quotes readable in the file; it is data, never inlined into HTML.
    private static readonly PaperJsonContext Context = new(new JsonSerializerOptions(PaperJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static void Write(IEnumerable<Paper> papers, TextWriter writer)
    {
        foreach (var paper in papers.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            writer.Write(JsonSerializer.Serialize(PaperJsonMapper.ToJson(paper), Context.PaperJson));
            // why: "\n" rather than WriteLine, so output is byte-identical on every OS.
            writer.Write('\n');
        }
    }
}
