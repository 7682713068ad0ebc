using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Ingest;

/// <summary>
/// The entry point for reading sources: expands paths, detects each file's format by content, reads,
/// merges and reports. Bad input is reported as <see cref="IngestIssue"/>s; only missing paths throw.
/// </summary>
/// <example>
/// <code>
/// var result = PaperIngester.Ingest(["index-data/seeds"]);
/// foreach (var issue in result.Report.Issues) Console.WriteLine(issue); // file:line: reason
/// </code>
/// </example>
public static class PaperIngester
{
    /// <summary>Reads and merges all <paramref name="paths"/> (files, or directories whose files are read sorted by name).</summary>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a directory.</exception>
    public static IngestResult Ingest(IEnumerable<string> paths, IProgress<FileReport>? progress = null)
    {
        var files = ExpandPaths(paths);
        var issues = new List<IngestIssue>();
        var reports = new List<FileReport>();
        var unknown = new List<string>();
        var records = new List<PaperRecord>();
        foreach (var path in files)
        {
            var before = records.Count;
            var reader = ReadInto(path, records, issues, out var stated);
            var report = new FileReport(Path.GetFileName(path), reader?.Kind, records.Count - before, stated);
            if (reader is null)
            {
                unknown.Add(report.File);
            }
            else
            {
                reports.Add(report);
            }
            progress?.Report(report);
        }
        var merged = PaperMerger.Merge(records);
        return new IngestResult(merged.Papers, new IngestReport
        {
            Files = reports,
            UnknownFiles = unknown,
            DistinctPapers = merged.Papers.Count,
            MergedGroups = merged.MergedGroups,
            Issues = issues,
        });
    }

    /// <summary>
    /// Streams the records of one file (for inputs too large to hold, e.g. a big <c>.jsonl.gz</c>).
    /// An unknown format yields nothing and adds an issue.
    /// </summary>
    public static IEnumerable<PaperRecord> ReadRecords(string path, ICollection<IngestIssue> issues)
    {
        var file = Path.GetFileName(path);
        ISourceReader? reader;
        try
        {
            reader = SourceDetector.Detect(SourceFile.ReadHead(path));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            issues.Add(new IngestIssue(file, 0, $"unreadable: {e.Message}"));
            yield break;
        }
        if (reader is null)
        {
            issues.Add(new IngestIssue(file, 0, "unknown format: skipped"));
            yield break;
        }
        using var text = SourceFile.OpenText(path);
        using var e2 = reader.Read(text, file, issues).GetEnumerator();
        while (true)
        {
            try
            {
                if (!e2.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                // why: a cut .gz fails mid-stream; keep what was read and say where it stopped.
                issues.Add(new IngestIssue(file, 0, $"read stopped: {e.Message}"));
                yield break;
            }
            if (RecordLimits.Apply(e2.Current, issues) is { } within)
            {
                yield return within;
            }
        }
    }

    private static ISourceReader? ReadInto(string path, List<PaperRecord> records, List<IngestIssue> issues, out int? stated)
    {
        stated = null;
        string head;
        try
        {
            head = SourceFile.ReadHead(path);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            issues.Add(new IngestIssue(Path.GetFileName(path), 0, $"unreadable: {e.Message}"));
            return null;
        }
        var reader = SourceDetector.Detect(head);
        if (reader is null)
        {
            issues.Add(new IngestIssue(Path.GetFileName(path), 0, head.Length == 0 ? "empty file: skipped" : "unknown format: skipped"));
            return null;
        }
        stated = reader.StatedCount(head);
        records.AddRange(ReadRecords(path, issues));
        return reader;
    }

    /// <summary>Files first as given; a directory contributes its files (not recursive) sorted by name.</summary>
    internal static List<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.GetFiles(path).OrderBy(Path.GetFileName, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"source not found: {path}", path);
            }
        }
        return files;
    }
}
