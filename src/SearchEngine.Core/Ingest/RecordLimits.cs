using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Ingest;

/// <summary>
/// Size limits on one record, so a single oversized value cannot fail a whole build (Lucene rejects any term
/// over 32,766 bytes, and the title is indexed whole as an autocomplete key). Over-long text is truncated and an
/// over-long id (which cannot be cut without changing identity) rejects the record; each case is an
/// <see cref="IngestIssue"/> naming the file and line.
/// </summary>
public static class RecordLimits
{
    public const int MaxTitle = 1_000;
    public const int MaxAbstract = 100_000;
    /// <summary>Authors, venue, topics, affiliation, DOI, URL.</summary>
    public const int MaxShortField = 1_000;
    public const int MaxId = 256;

    /// <summary>The record within limits, or null when it must be rejected; every change is added to <paramref name="issues"/>.</summary>
    public static PaperRecord? Apply(PaperRecord record, ICollection<IngestIssue> issues)
    {
        var file = record.Source.File;
        var line = record.Source.Line;
        if (record.SourceId is { Length: > MaxId } id)
        {
            issues.Add(new IngestIssue(file, line, $"id is {id.Length:N0} characters long (at most {MaxId}): record skipped"));
            return null;
        }
        var changed = new List<string>();
        var result = record with
        {
            Title = Cut(record.Title, MaxTitle, "title", changed)!,
            Abstract = Cut(record.Abstract, MaxAbstract, "abstract", changed),
            Venue = Cut(record.Venue, MaxShortField, "venue", changed),
            Affiliation = Cut(record.Affiliation, MaxShortField, "affiliation", changed),
            Doi = Cut(record.Doi, MaxShortField, "doi", changed),
            Url = Cut(record.Url, MaxShortField, "url", changed),
            Authors = CutAll(record.Authors, "author", changed),
            Topics = CutAll(record.Topics, "topic", changed),
            InferredTopics = CutAll(record.InferredTopics, "topic", changed),
        };
        if (changed.Count == 0) return record;
        foreach (var what in changed) issues.Add(new IngestIssue(file, line, what));
        return result;
    }

    private static IReadOnlyList<string> CutAll(IReadOnlyList<string> values, string name, List<string> changed) =>
        values.Any(v => v.Length > MaxShortField)
            ? values.Select(v => Cut(v, MaxShortField, name, changed)!).ToList()
            : values;

    private static string? Cut(string? value, int max, string name, List<string> changed)
    {
        if (value is null || value.Length <= max) return value;
        changed.Add($"{name} is {value.Length:N0} characters long: truncated to {max:N0}");
        // why: never split a surrogate pair (the half would be an invalid character in UTF-8).
        var end = char.IsHighSurrogate(value[max - 1]) ? max - 1 : max;
        return value[..end];
    }
}
