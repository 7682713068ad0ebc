using System.Text.RegularExpressions;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Ingest.Readers;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Ingest.Readers;

/// <summary>Over 200 real lines of arXiv's metadata snapshot (CC0; <c>Data/arxiv-metadata-200.jsonl</c>).</summary>
public sealed class ArxivSnapshotReaderTests
{
    private static readonly Lazy<List<Papers.PaperRecord>> Sample = new(() =>
    {
        var (records, issues) = SeedRecords.Read(new ArxivSnapshotReader(), TestPaths.DataFile("arxiv-metadata-200.jsonl"));
        Assert.Empty(issues);
        return records;
    });

    [Fact]
    public void No_author_is_an_affiliation_fragment_or_left_in_TeX()
    {
        var broken = Sample.Value.SelectMany(r => r.Authors)
            .Where(a => Regex.IsMatch(a, @"[\\(){}$0-9]|``|''") || a.Length < 3).ToList();
        Assert.Equal(200, Sample.Value.Count);
        Assert.Empty(broken);
    }

    [Theory]
    [InlineData("0704.0001", "C. Balázs")]
    [InlineData("0704.0001", "C.-P. Yuan")]
    public void Names_come_from_authors_parsed_with_accents(string id, string author) =>
        Assert.Contains(author, Sample.Value.Single(r => r.SourceId == id).Authors);

    [Fact]
    public void Numbered_affiliations_are_not_authors()
    {
        var record = Sample.Value.First(r => r.Authors.Contains("A. S. Mishchenko"));
        Assert.DoesNotContain(record.Authors, a => a.Contains("CREST", StringComparison.Ordinal) || a.Contains("Kurchatov", StringComparison.Ordinal));
        Assert.Contains("Franz Gähler", Sample.Value.SelectMany(r => r.Authors));
    }

    [Fact]
    public void One_journal_is_one_venue()
    {
        var venues = Sample.Value.Select(r => r.Venue).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Phys. Rev. Lett.", venues);
        Assert.Contains("Phys. Rev. B", venues);
        Assert.Contains("Phys. Rev. D", venues);
        Assert.DoesNotContain("Phys.Rev.Lett.", venues);
        Assert.DoesNotContain("Physical Review B", venues);
        Assert.DoesNotContain("PHYSICAL REVIEW A", venues);
    }

    [Theory]
    [InlineData("Phys.Rev.Lett.", "Phys. Rev. Lett.")]
    [InlineData("Phys. Rev. Lett.", "Phys. Rev. Lett.")]
    [InlineData("Physical Review B", "Phys. Rev. B")]
    [InlineData("PHYSICAL REVIEW A", "Phys. Rev. A")]
    [InlineData("Physical Review Letters", "Phys. Rev. Lett.")]
    [InlineData("Eur. Phys. J. - B,", "Eur. Phys. J. B")]
    [InlineData("J. Low. Temp. Phys. Vol.", "J. Low. Temp. Phys.")]
    [InlineData("Contrib. Plasma Phys.Volume", "Contrib. Plasma Phys.")]
    [InlineData("Journal of Theoretical Biology", "Journal of Theoretical Biology")]
    public void Journal_names_are_normalized(string given, string expected) =>
        Assert.Equal(expected, JournalNames.Normalize(given));

    [Theory]
    [InlineData(@"C. Bal\'azs", "C. Balázs")]
    [InlineData(@"Franz G\""ahler", "Franz Gähler")]
    [InlineData(@"G{\""a}hler", "Gähler")]
    [InlineData(@"G\""{a}hler", "Gähler")]
    [InlineData(@"Fran\c{c}ois", "François")]
    [InlineData(@"Erd\H{o}s", "Erdős")]
    [InlineData(@"Sk\l odowska", "Skłodowska")]
    [InlineData(@"Fal'ko", "Fal'ko")]
    public void Tex_accents_are_decoded(string given, string expected) =>
        Assert.Equal(expected, LatexAccents.Decode(given));
}
