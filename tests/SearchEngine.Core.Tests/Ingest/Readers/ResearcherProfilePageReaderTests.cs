using SearchEngine.Core.Ingest;
using SearchEngine.Core.Ingest.Readers;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Ingest.Readers;

public sealed class ResearcherProfilePageReaderTests
{
    private static readonly ResearcherProfilePageReader Reader = new();

    [Theory]
    [InlineData("001", 35)]
    [InlineData("003", 32)]
    public void Reads_as_many_records_as_the_page_states(string seed, int expected)
    {
        var path = TestPaths.Seed(seed);
        var (records, issues) = SeedRecords.Read(Reader, path);
        Assert.Equal(expected, Reader.StatedCount(File.ReadAllText(path)));
        Assert.Equal(expected, records.Count);
        Assert.Empty(issues);
    }

    [Fact]
    public void Run_together_header_gives_type_year_and_venue_without_implied_fields()
    {
        var (records, _) = SeedRecords.Read(Reader, TestPaths.Seed("001"));
        var r = records.ByTitle("GhostNets on Heterogeneous Devices via Cheap Operations");
        Assert.Equal(PublicationType.Preprint, r.Type);
        Assert.Equal(2022, r.Year);
        Assert.Equal("arXiv", r.Venue);
        Assert.Empty(r.ImpliedFields);
        Assert.Empty(r.Authors);
        Assert.False(r.AuthorsTruncated);
        Assert.Null(r.HasCode);
        Assert.Empty(r.Topics);
    }

    [Fact]
    public void Latex_in_titles_is_kept_as_text()
    {
        var (records, _) = SeedRecords.Read(Reader, TestPaths.Seed("001"));
        var r = records.ByTitle("PanGu-$π$: Enhancing Language Model Architectures via Nonlinearity Compensation");
        Assert.Equal(2023, r.Year);
        Assert.Equal(3, r.Source.Ordinal);
    }

    [Fact]
    public void First_and_last_records_are_present()
    {
        var (records, _) = SeedRecords.Read(Reader, TestPaths.Seed("001"));
        Assert.Equal("Near-Policy: Accelerating On-Policy Distillation via Asynchronous Generation and Selective Packing", records[0].Title);
        Assert.Equal(2026, records[0].Year);
        Assert.Equal("Widening and Squeezing: Towards Accurate and Efficient QNNs", records[^1].Title);
        Assert.Equal(2020, records[^1].Year);
        Assert.StartsWith("Quantization neural networks (QNNs) are very attractive", records[^1].Abstract);
    }

    [Fact]
    public void Html_character_references_are_decoded()
    {
        var (records, _) = SeedRecords.Read(Reader, TestPaths.Seed("003"));
        var r = records.ByTitle("PyramidTNT: Improved Transformer-in-Transformer Baselines with Pyramid Architecture");
        Assert.Contains("The new \"PyramidTNT\" significantly", r.Abstract);
        Assert.DoesNotContain(records, x => x.Abstract!.Contains("&#", StringComparison.Ordinal));
        Assert.Contains("U-Net's spatial", records.ByTitle("U-REPA: Aligning Diffusion U-Nets to ViTs").Abstract);
        Assert.Equal("Efficient Residual Dense Block Search for Image Super-Resolution", records[^1].Title);
        Assert.Equal(2019, records[^1].Year);
    }

    [Fact]
    public void Decoded_abstract_on_003_equals_the_plain_one_on_001()
    {
        var title = "PyramidTNT: Improved Transformer-in-Transformer Baselines with Pyramid Architecture";
        var a = SeedRecords.Read(Reader, TestPaths.Seed("001")).Records.ByTitle(title);
        var b = SeedRecords.Read(Reader, TestPaths.Seed("003")).Records.ByTitle(title);
        Assert.Equal(TitleKey.For(a.Title), TitleKey.For(b.Title));
        Assert.Contains("\"PyramidTNT\"", a.Abstract);
    }
}
