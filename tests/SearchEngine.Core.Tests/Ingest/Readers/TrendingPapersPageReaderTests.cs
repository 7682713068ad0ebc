using SearchEngine.Core.Ingest.Readers;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Ingest.Readers;

public sealed class TrendingPapersPageReaderTests
{
    private static readonly TrendingPapersPageReader Reader = new();
    private static readonly List<PaperRecord> Records = SeedRecords.Read(Reader, TestPaths.Seed("004")).Records;

    [Fact]
    public void Lists_67_records_after_the_chrome()
    {
        var (records, issues) = SeedRecords.Read(Reader, TestPaths.Seed("004"));
        Assert.Equal(67, records.Count);
        Assert.Empty(issues);
        Assert.DoesNotContain(records, r => r.Title is "Subscribe" or "Mar 12" or "new");
    }

    [Fact]
    public void Records_know_only_title_abstract_and_implied_arXiv()
    {
        var r = Records[0];
        Assert.Equal("On the Efficiency of Convolutional Neural Networks", r.Title);
        Assert.Empty(r.Authors);
        Assert.Null(r.Year);
        Assert.Null(r.Date);
        Assert.Null(r.HasCode);
        Assert.Empty(r.Topics);
        Assert.Equal("arXiv", r.Venue);
        Assert.Equal(PublicationType.Preprint, r.Type);
        Assert.Equal(["venue", "type"], r.ImpliedFields);
    }

    [Fact]
    public void Second_record_follows_the_first()
    {
        Assert.Equal("InceptionNeXt: When Inception Meets ConvNeXt", Records[1].Title);
        Assert.Equal(2, Records[1].Source.Ordinal);
    }

    [Fact]
    public void Last_record_ends_the_file_and_is_kept()
    {
        Assert.Equal("FedLoGe: Joint Local and Generic Federated Learning under Long-tailed Data", Records[^1].Title);
        Assert.EndsWith("and Fed-LT approaches.", Records[^1].Abstract);
    }
}
