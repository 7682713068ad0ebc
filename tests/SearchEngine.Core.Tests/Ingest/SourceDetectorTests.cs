using SearchEngine.Core.Ingest;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Ingest;

public sealed class SourceDetectorTests
{
    [Theory]
    [InlineData("000", PageKind.AuthorCluster)]
    [InlineData("001", PageKind.ResearcherProfile)]
    [InlineData("002", PageKind.MetricsProfile)]
    [InlineData("003", PageKind.ResearcherProfile)]
    [InlineData("004", PageKind.TrendingPapers)]
    public void Detection_uses_content_not_the_file_name(string seed, string kind)
    {
        using var dir = new TempDir();
        var path = dir.Copy(TestPaths.Seed(seed), "x.txt");
        Assert.Equal(kind, SourceDetector.Detect(SourceFile.ReadHead(path))?.Kind);
    }

    [Fact]
    public void Gzip_files_are_read_transparently_whatever_their_name()
    {
        using var dir = new TempDir();
        var path = dir.Gzip(TestPaths.Seed("000"), "seed.dat");
        var result = PaperIngester.Ingest([path]);
        Assert.Equal(54, result.Report.TotalRecords);
        Assert.Equal(PageKind.AuthorCluster, result.Report.Files.Single().Kind);
        Assert.Equal("seed.dat", result.Papers[0].Sources[0].File);
    }

    [Theory]
    [InlineData("""{"id":"0704.0001","authors":"A. B","title":"T","categories":"hep-ph"}""", PageKind.ArxivSnapshot)]
    [InlineData("""{"_id":"4","title":"T","text":"x"}""", PageKind.BeirCorpus)]
    [InlineData("""{"id":"p1","title":"T","authors":["A"]}""", PageKind.JsonLines)]
    [InlineData("not json\n{\"title\":\"T\"}", PageKind.JsonLines)]
    public void Json_line_formats_are_told_apart_by_their_fields(string head, string kind) =>
        Assert.Equal(kind, SourceDetector.Detect(head)?.Kind);

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("hello\0world")]
    [InlineData("[1,2,3]")]
    public void Nothing_claims_empty_binary_or_foreign_content(string head) =>
        Assert.Null(SourceDetector.Detect(head));
}
