using SearchEngine.Core.Ingest.Readers;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Ingest.Readers;

public sealed class AuthorClusterPageReaderTests
{
    private static readonly AuthorClusterPageReader Reader = new();
    private static readonly string Path000 = TestPaths.Seed("000");
    private static readonly (List<PaperRecord> Records, List<SearchEngine.Core.Ingest.IngestIssue> Issues) Read = SeedRecords.Read(Reader, Path000);

    [Fact]
    public void Reads_the_54_papers_the_page_states()
    {
        Assert.Equal(54, Reader.StatedCount(File.ReadAllText(Path000)));
        Assert.Equal(54, Read.Records.Count);
        Assert.Empty(Read.Issues);
        Assert.Equal(Enumerable.Range(1, 54), Read.Records.Select(r => r.Source.Ordinal));
    }

    [Fact]
    public void First_record_has_venue_type_year_and_authors_in_order()
    {
        var r = Read.Records[0];
        Assert.Equal("PocketLLM: Ultimate Compression of Large Language Models via Meta Networks", r.Title);
        Assert.Equal(["Ye Tian", "Chengcheng Wang", "Jing Han", "Yehui Tang", "Kai Han"], r.Authors);
        Assert.False(r.AuthorsTruncated);
        Assert.Equal("AAAI", r.Venue);
        Assert.Equal(PublicationType.ConferencePaper, r.Type);
        Assert.Equal(2026, r.Year);
        Assert.Null(r.HasCode);
        Assert.Empty(r.ImpliedFields);
        Assert.Equal(new SourceRef(System.IO.Path.GetFileName(Path000), PageKind.AuthorCluster, 1, 16), r.Source);
    }

    [Fact]
    public void A_list_of_exactly_eight_authors_is_marked_possibly_truncated_and_case_is_kept()
    {
        var r = Read.Records.ByTitle("GSPN-2: Efficient Parallel Sequence Modeling");
        Assert.Equal(8, r.Authors.Count);
        Assert.True(r.AuthorsTruncated);
        Assert.Equal("yitong jiang", r.Authors[1]);
    }

    [Fact]
    public void Homonym_numbers_are_stripped_from_author_names()
    {
        var authors = Read.Records.SelectMany(r => r.Authors).ToList();
        Assert.Contains("Jie Zhao", authors);
        Assert.DoesNotContain(authors, a => a.Any(char.IsDigit) && a.EndsWith("0003", StringComparison.Ordinal));
    }

    [Fact]
    public void Journal_articles_get_the_journal_type()
    {
        var r = Read.Records.Single(r => r.Title.StartsWith("Bidirectional Prototype-Guided", StringComparison.Ordinal));
        Assert.Equal("JBHI", r.Venue);
        Assert.Equal(PublicationType.JournalArticle, r.Type);
        Assert.Equal(2025, r.Year);
        Assert.Equal(7, r.Authors.Count);
        Assert.False(r.AuthorsTruncated);
    }

    [Fact]
    public void Last_record_is_kept_although_the_file_has_no_final_newline()
    {
        var last = Read.Records[^1];
        Assert.Equal(54, last.Source.Ordinal);
        Assert.EndsWith("outperforms state-of-the-art hashing methods in both supervised and unsupervised tasks.", last.Abstract);
    }

    [Fact]
    public void Abstracts_keep_latex_and_stray_spaces_as_text()
    {
        var r = Read.Records.Single(r => r.Title.StartsWith("3DRS:", StringComparison.Ordinal));
        Assert.EndsWith("Project: https: //visual-ai. github. io/3drs/", r.Abstract);
        Assert.Equal("NeurIPS", r.Venue);
        Assert.Equal(2025, r.Year);
    }
}
