using SearchEngine.Core.Ingest;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Tests.Builders;

/// <summary>Reads one seed page with a given reader, collecting issues.</summary>
public static class SeedRecords
{
    public static (List<PaperRecord> Records, List<IngestIssue> Issues) Read(ISourceReader reader, string path)
    {
        var issues = new List<IngestIssue>();
        using var text = SourceFile.OpenText(path);
        var records = reader.Read(text, Path.GetFileName(path), issues).ToList();
        return (records, issues);
    }

    public static PaperRecord ByTitle(this IEnumerable<PaperRecord> records, string title) =>
        records.Single(r => r.Title == title);
}
