using SearchEngine.Core.Ingest;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Ingest;

public sealed class MalformedInputTests
{
    [Fact]
    public void Bad_json_lines_are_reported_with_file_and_line_and_skipped()
    {
        var issues = new List<IngestIssue>();
        var records = PaperIngester.ReadRecords(TestPaths.DataFile("malformed.jsonl"), issues).ToList();
        Assert.Equal(["A Good Paper", "Another Good Paper"], records.Select(r => r.Title));
        Assert.Equal([2, 3, 4, 5, 7], issues.Select(i => i.Line));
        Assert.All(issues, i => Assert.Equal("malformed.jsonl", i.File));
        Assert.StartsWith("invalid JSON", issues[0].Reason);
        Assert.StartsWith("invalid value at $.year", issues[1].Reason);
        Assert.StartsWith("invalid value at $.authors", issues[2].Reason);
        Assert.Equal("malformed.jsonl:5: missing title", issues[3].ToString());
        Assert.Contains("unknown type 'poster'", issues[4].Reason);
    }

    [Fact]
    public void The_last_line_without_newline_is_read()
    {
        var records = PaperIngester.ReadRecords(TestPaths.DataFile("malformed.jsonl"), new List<IngestIssue>()).ToList();
        Assert.Equal(new DateOnly(2020, 5, 1), records[^1].Date);
        Assert.Equal(8, records[^1].Source.Line);
    }

    [Fact]
    public void A_truncated_page_yields_its_complete_records_and_reports_the_rest()
    {
        var result = PaperIngester.Ingest([TestPaths.DataFile("truncated-author-cluster.txt")]);
        Assert.Single(result.Papers);
        Assert.Equal(
            [
                "truncated-author-cluster.txt:28: incomplete record: title or abstract missing (truncated page?)",
                "truncated-author-cluster.txt:0: page states 54 records but 1 were read",
            ],
            result.Report.Issues.Select(i => i.ToString()));
    }

    [Fact]
    public void Binary_garbage_is_reported_as_unknown_without_crashing()
    {
        var result = PaperIngester.Ingest([TestPaths.DataFile("garbage.bin")]);
        Assert.Empty(result.Papers);
        Assert.Equal(["garbage.bin"], result.Report.UnknownFiles);
    }

    [Fact]
    public void An_empty_file_is_reported_and_skipped()
    {
        var result = PaperIngester.Ingest([TestPaths.DataFile("empty.txt")]);
        Assert.Empty(result.Papers);
        Assert.Equal("empty.txt:0: empty file: skipped", Assert.Single(result.Report.Issues).ToString());
    }

    [Fact]
    public void A_cut_gzip_stream_keeps_what_was_read_and_reports_the_shortfall()
    {
        using var dir = new TempDir();
        var gz = dir.Gzip(TestPaths.Seed("000"), "cut.gz");
        var bytes = File.ReadAllBytes(gz);
        File.WriteAllBytes(gz, bytes[..(bytes.Length / 2)]);
        var result = PaperIngester.Ingest([gz]);
        Assert.InRange(result.Report.TotalRecords, 1, 53);
        Assert.Contains(result.Report.Issues, i => i.File == "cut.gz" && i.Reason.StartsWith("page states 54 records", StringComparison.Ordinal));
    }
}
