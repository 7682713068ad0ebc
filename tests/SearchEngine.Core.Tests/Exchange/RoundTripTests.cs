using System.Text.Json;
using SearchEngine.Core.Exchange;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Exchange;

public sealed class RoundTripTests
{
    [Fact]
    public void Importing_an_export_of_the_seeds_gives_back_the_same_papers_with_their_sources()
    {
        var original = PaperIngester.Ingest([TestPaths.SeedsDir]).Papers;
        using var dir = new TempDir();
        var path = dir.File("papers.jsonl");
        using (var writer = new StreamWriter(path))
        {
            JsonLinesWriter.Write(original, writer);
        }
        var imported = PaperIngester.Ingest([path]);
        Assert.Empty(imported.Report.Issues);
        Assert.Equal(PageKind.JsonLines, imported.Report.Files.Single().Kind);
        Assert.Equal(0, imported.Report.MergedGroups);
        Assert.Equal(original.Select(Deep), imported.Papers.Select(Deep));
        Assert.Contains(imported.Papers, p => p.Sources.Count == 3);
        Assert.DoesNotContain(imported.Papers.SelectMany(p => p.Sources), s => s.File == "papers.jsonl");
    }

    [Fact]
    public void Export_is_ordered_by_id_one_camel_case_object_per_line()
    {
        var papers = new[] { "b", "a" }.Select(id => new Paper { Id = id, Title = "T " + id, Type = PublicationType.Preprint, Date = new DateOnly(2024, 8, 13) });
        var sw = new StringWriter();
        JsonLinesWriter.Write(papers, sw);
        var lines = sw.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("""{"id":"a","title":"T a","abstract":"","authors":[],"year"""[..36], lines[0]);
        Assert.Contains("\"type\":\"preprint\"", lines[0]);
        Assert.Contains("\"date\":\"2024-08-13\"", lines[0]);
        Assert.Contains("\"hasCode\":false", lines[0]);
        Assert.DoesNotContain("\"venue\"", lines[0]);
    }

    /// <summary>Structural equality over every property, sources included (records compare lists by reference).</summary>
    private static string Deep(Paper p) => JsonSerializer.Serialize(p);
}
