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
            if (ExchangeLine.Parse(json, out var invalid) is not { } parsed)
            {
                issues.Add(new IngestIssue(file, line, invalid ?? "not a JSON object"));
                continue;
            }
            var record = PaperJsonMapper.ToRecord(parsed, new SourceRef(file, Kind, ordinal + 1, line), out var error);
            if (record is null)
            {
                issues.Add(new IngestIssue(file, line, error ?? "invalid record"));
                continue;
            }
            ordinal++;
            yield return record;
        }
    }
}
