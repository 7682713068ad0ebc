using System.Text.Json;
using SearchEngine.Core.Exchange;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Ingest.Readers;

/// <summary>
/// Our own JSON Lines exchange schema (<see cref="PaperJson"/>): recognized by a <c>title</c> field and none
/// of the arXiv/BEIR signatures. Records carrying <c>sources</c> keep that provenance when merged.
/// </summary>
public sealed class JsonLinesReader : ISourceReader
{
    public string Kind => PageKind.JsonLines;

    public bool CanRead(string head) => JsonLineInput.FirstObjectMatches(head, IsExchangeObject);

    internal static bool IsExchangeObject(JsonElement o) =>
        JsonLineInput.Has(o, "title") && !BeirCorpusReader.IsBeirObject(o) && !ArxivSnapshotReader.IsArxivObject(o);

    public IEnumerable<PaperRecord> Read(TextReader text, string file, ICollection<IngestIssue> issues)
    {
        var ordinal = 0;
        foreach (var (line, json) in JsonLineInput.Lines(text))
        {
            var record = Parse(json, new SourceRef(file, PageKind.JsonLines, ordinal + 1, line), out var error);
            if (record is null)
            {
                issues.Add(new IngestIssue(file, line, error));
                continue;
            }
            ordinal++;
            yield return record;
        }
    }

    /// <summary>
    /// One line of the exchange format as a record, or null with the reason. Thread-safe: a bulk indexer parses lines
    /// on its indexing threads (the reading thread only splits the file into lines).
    /// </summary>
    public static PaperRecord? Parse(string json, SourceRef source, out string error)
    {
        PaperJson? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(json, PaperJsonContext.Default.PaperJson);
        }
        catch (JsonException e)
        {
            error = Describe(json, e);
            return null;
        }
        if (parsed is null)
        {
            error = "not a JSON object";
            return null;
        }
        var record = PaperJsonMapper.ToRecord(parsed, source, out var invalid);
        error = record is null ? invalid ?? "invalid record" : "";
        return record;
    }

    /// <summary>Tells a syntax error from a wrongly typed value (<c>"year":"abc"</c>); only runs on the error path.</summary>
    private static string Describe(string json, JsonException e)
    {
        try
        {
            using var _ = JsonDocument.Parse(json);
        }
        catch (JsonException syntax)
        {
            return $"invalid JSON: {FirstSentence(syntax.Message)}";
        }
        return $"invalid value at {e.Path ?? "$"}: {FirstSentence(e.Message)}";
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
