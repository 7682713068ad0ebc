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
        if (ExchangeLine.Parse(json, out var invalid) is not { } parsed)
        {
            error = invalid ?? "not a JSON object";
            return null;
        }
        var record = PaperJsonMapper.ToRecord(parsed, source, out var wrong);
        error = record is null ? wrong ?? "invalid record" : "";
        return record;
    }
}
