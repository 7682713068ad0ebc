using SearchEngine.Core.Exchange;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Journal;

/// <summary>
/// A paper written directly (API, <c>searchengine add</c>): one exchange-schema object, validated and held to the
/// same <see cref="RecordLimits"/> as ingested records, becomes a <see cref="Paper"/>. Its id is the given one
/// (made URL-safe), else derived from the title like an ingested paper's, so writing it again replaces it.
/// </summary>
public static class WrittenPaper
{
    /// <summary>The paper, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static Paper? FromJson(PaperJson json, SourceRef source, out string? error)
    {
        var record = PaperJsonMapper.ToRecord(json, source, out error);
        if (record is null) return null;
        var issues = new List<IngestIssue>();
        var within = RecordLimits.Apply(record, issues);
        if (within is null)
        {
            error = issues[0].Reason;
            return null;
        }
        var paper = PaperMerger.FromSingle(within);
        if (paper.Id.Length == 0)
        {
            error = "the id has no usable characters";
            return null;
        }
        return paper;
    }
}
