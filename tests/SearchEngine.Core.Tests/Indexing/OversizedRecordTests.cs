using SearchEngine.Core.Indexing;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Tests.Builders;
using static SearchEngine.Core.Tests.Builders.PaperBuilder;

namespace SearchEngine.Core.Tests.Indexing;

/// <summary>One oversized record is an ingest issue naming its file and line; the rest of the build completes.</summary>
public sealed class OversizedRecordTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "oversized-tests-" + Guid.NewGuid().ToString("N"));

    public OversizedRecordTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_title_over_the_lucene_term_limit_is_truncated_and_reported_with_file_and_line()
    {
        var sources = Path.Combine(_root, "papers.jsonl");
        var huge = new string('x', 40_000);
        File.WriteAllLines(sources,
        [
            "{\"id\":\"a\",\"title\":\"A normal paper\"}",
            $"{{\"id\":\"b\",\"title\":\"{huge}\"}}",
            $"{{\"id\":\"c\",\"title\":\"Third\",\"id2\":\"\",\"authors\":[\"{huge}\"]}}",
        ]);
        var location = new IndexLocation(Path.Combine(_root, "index"));

        var result = IndexPipeline.Build([sources], location);

        Assert.Equal(3, result.Meta.Papers);
        Assert.Contains(new IngestIssue("papers.jsonl", 2, "title is 40,000 characters long: truncated to 1,000"), result.Report.Issues);
        Assert.Contains(new IngestIssue("papers.jsonl", 3, "author is 40,000 characters long: truncated to 1,000"), result.Report.Issues);
        using var index = PaperIndex.Open(location);
        Assert.Equal(RecordLimits.MaxTitle, index.Get("b")!.Title.Length);
    }

    [Fact]
    public void An_over_long_id_rejects_only_its_record()
    {
        var sources = Path.Combine(_root, "papers.jsonl");
        File.WriteAllLines(sources,
        [
            $"{{\"id\":\"{new string('i', 300)}\",\"title\":\"Long id\"}}",
            "{\"id\":\"ok\",\"title\":\"Fine\"}",
        ]);
        var result = IndexPipeline.Build([sources], new IndexLocation(Path.Combine(_root, "index")));

        Assert.Equal(1, result.Meta.Papers);
        var issue = Assert.Single(result.Report.Issues);
        Assert.Equal(("papers.jsonl", 1), (issue.File, issue.Line));
        Assert.Contains("record skipped", issue.Reason);
    }

    [Fact]
    public void A_paper_lucene_rejects_is_skipped_with_an_issue_and_the_others_are_indexed()
    {
        var tooLong = Paper(new string('k', 40_000), "Key Too Long").Build() with
        {
            Sources = [new PaperSource { File = "big.jsonl", PageKind = "jsonl", Line = 7 }],
        };
        var issues = new List<IngestIssue>();
        var meta = IndexBuilder.Build(new IndexLocation(Path.Combine(_root, "index")),
            TestCorpus.Papers.Append(tooLong), new IndexMeta(), null, 1, out _, issues);

        Assert.Equal(TestCorpus.Papers.Count, meta.Papers);
        var issue = Assert.Single(issues);
        Assert.Equal(("big.jsonl", 7), (issue.File, issue.Line));
        Assert.Contains("could not be indexed and was skipped", issue.Reason);
    }
}
