using System.Text.Json;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Ingest.Readers;

/// <summary>
/// A BEIR <c>corpus.jsonl</c>: <c>{"_id","title","text"}</c>. <c>_id</c> becomes the source id (so distinct
/// documents sharing a title, e.g. CACM's three "Glossary..." entries, stay distinct), <c>text</c> the abstract.
/// </summary>
public sealed class BeirCorpusReader : ISourceReader
{
    public string Kind => PageKind.BeirCorpus;

    public bool CanRead(string head) => JsonLineInput.FirstObjectMatches(head, IsBeirObject);

    internal static bool IsBeirObject(JsonElement o) => JsonLineInput.Has(o, "_id") && JsonLineInput.Has(o, "text");

    public IEnumerable<PaperRecord> Read(TextReader text, string file, ICollection<IngestIssue> issues) =>
        JsonLineInput.ReadObjects(text, file, Kind, issues, ToRecord);

    private static PaperRecord ToRecord(JsonElement o, SourceRef source)
    {
        var id = o.TryGetProperty("_id", out var idEl) && idEl.ValueKind == JsonValueKind.Number
            ? idEl.GetRawText()
            : JsonLineInput.String(o, "_id");
        var title = JsonLineInput.RequiredTitle(o);
        return new PaperRecord
        {
            Title = title,
            Abstract = TextNormalizer.Normalize(JsonLineInput.String(o, "text")),
            SourceId = string.IsNullOrWhiteSpace(id) ? null : id,
            Source = source,
        };
    }
}
