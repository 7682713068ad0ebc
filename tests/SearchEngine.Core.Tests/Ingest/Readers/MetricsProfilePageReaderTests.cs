using SearchEngine.Core.Ingest.Readers;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Ingest.Readers;

public sealed class MetricsProfilePageReaderTests
{
    private static readonly MetricsProfilePageReader Reader = new();
    private static readonly List<PaperRecord> Records = SeedRecords.Read(Reader, TestPaths.Seed("002")).Records;

    [Fact]
    public void Lists_50_records_not_the_persons_total_of_160()
    {
        var (records, issues) = SeedRecords.Read(Reader, TestPaths.Seed("002"));
        Assert.Equal(50, records.Count);
        Assert.Empty(issues);
        Assert.Null(((SearchEngine.Core.Ingest.ISourceReader)Reader).StatedCount(File.ReadAllText(TestPaths.Seed("002"))));
    }

    [Fact]
    public void Header_gives_topic_date_and_code_and_affiliation_follows_the_dot()
    {
        var r = Records.ByTitle("Token Compensator: Altering Inference Cost of Vision Transformer without Re-Tuning");
        Assert.Equal(["cs.CV"], r.Topics);
        Assert.Equal(new DateOnly(2024, 8, 13), r.Date);
        Assert.Equal(2024, r.Year);
        Assert.True(r.HasCode);
        Assert.Equal("pku", r.Affiliation);
        Assert.Equal(["Shibo Jie", "Yehui Tang", "Jianyuan Guo"], r.Authors);
        Assert.True(r.AuthorsTruncated);
    }

    [Fact]
    public void Et_al_marks_the_author_list_truncated_and_is_never_an_author()
    {
        Assert.DoesNotContain(Records.SelectMany(r => r.Authors), a => a.Contains("et al", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(49, Records.Count(r => r.AuthorsTruncated));
        var full = Records.ByTitle("BiMLP: Compact Binary Architectures for Vision Multi-Layer Perceptrons");
        Assert.Equal(["Yixing Xu", "Xinghao Chen", "Yunhe Wang"], full.Authors);
        Assert.False(full.AuthorsTruncated);
    }

    [Fact]
    public void AIDec_header_is_topic_AI_with_a_full_date_and_code()
    {
        var r = Records.ByTitle("SCOPE: Prompt Evolution for Enhancing Agent Effectiveness");
        Assert.Equal(["cs.AI"], r.Topics);
        Assert.Equal(new DateOnly(2025, 12, 17), r.Date);
        Assert.True(r.HasCode);
    }

    [Fact]
    public void Dates_without_a_year_leave_date_and_year_unknown()
    {
        var yearless = Records.Where(r => r.Year is null).ToList();
        Assert.Equal(7, yearless.Count);
        Assert.All(yearless, r => Assert.Null(r.Date));
        var dllm = Records.ByTitle("DLLM Agent: See Farther, Run Faster");
        Assert.Null(dllm.Year);
        Assert.Null(dllm.HasCode);
        Assert.Equal(["cs.CL"], dllm.Topics);
        Assert.True(Records.ByTitle("An Empirical Study of World Model Quantization").HasCode);
    }

    [Fact]
    public void Venue_and_type_are_implied_arXiv_preprint()
    {
        Assert.All(Records, r =>
        {
            Assert.Equal("arXiv", r.Venue);
            Assert.Equal(PublicationType.Preprint, r.Type);
            Assert.Equal(["venue", "type"], r.ImpliedFields);
        });
    }

    [Fact]
    public void Titles_are_kept_as_printed_and_the_last_record_is_present()
    {
        Assert.Contains(Records, r => r.Title == "PanGu-$π$ Pro:Rethinking Optimization and Architecture for Tiny Language Models");
        Assert.Equal("Nexus: Higher-Order Attention Mechanisms in Transformers", Records[^1].Title);
        Assert.EndsWith("Nexus outperforms standard Transformers on multiple benchmarks.", Records[^1].Abstract);
        Assert.Equal("Vision GNN: An Image is Worth Graph of Nodes", Records[0].Title);
        Assert.Equal(9, Records[0].Source.Line);
    }
}
