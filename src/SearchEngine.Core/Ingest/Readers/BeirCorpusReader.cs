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

    public IEnumerable<PaperRecord> Read(TextReader text, string file, ICollection<IngestIssue> issues)
    {
        var ordinal = 0;
        foreach (var (line, json) in JsonLineInput.Lines(text))
        {
            var record = Parse(json, new SourceRef(file, Kind, ordinal + 1, line), out var error);
            if (record is null)
            {
                issues.Add(new IngestIssue(file, line, error!));
                continue;
            }
            ordinal++;
            yield return record;
        }
    }

    private static PaperRecord? Parse(string json, SourceRef source, out string? error)
    {
        error = null;
        try
        {
            using var doc = JsonDocument.Parse(json);
            var o = doc.RootElement;
            if (o.ValueKind != JsonValueKind.Object)
            {
                error = "not a JSON object";
                return null;
            }
            var id = o.TryGetProperty("_id", out var idEl) && idEl.ValueKind == JsonValueKind.Number
                ? idEl.GetRawText()
                : JsonLineInput.String(o, "_id");
            var title = TextNormalizer.Normalize(JsonLineInput.String(o, "title"));
            if (title.Length == 0)
            {
                error = "missing title";
                return null;
            }
            return new PaperRecord
            {
                Title = title,
                Abstract = TextNormalizer.Normalize(JsonLineInput.String(o, "text")),
                SourceId = string.IsNullOrWhiteSpace(id) ? null : id,
                Source = source,
            };
        }
        catch (JsonException e)
        {
            error = $"invalid JSON: {e.Message}";
        }
        catch (FormatException e)
        {
            error = e.Message;
        }
        return null;
    }
}
