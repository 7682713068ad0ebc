using System.Security.Cryptography;
using SearchEngine.Core.Exchange;
using SearchEngine.Tools.Generation;
using SearchEngine.Core.Ingest;

namespace SearchEngine.Tools.Tests.Generation;

public sealed class CorpusGeneratorTests
{
    // why: building the vocabulary is the expensive part; one small-vocabulary generator serves the shape tests.
    private static readonly CorpusGenerator Small = new(seed: 7, vocabularySize: 20_000);

    [Fact]
    public void Same_seed_gives_identical_bytes()
    {
        Assert.Equal(Hash(new CorpusGenerator(3, 20_000), 500), Hash(new CorpusGenerator(3, 20_000), 500));
    }

    [Fact]
    public void Different_seeds_give_different_corpora()
    {
        Assert.NotEqual(Hash(new CorpusGenerator(3, 20_000), 50), Hash(new CorpusGenerator(4, 20_000), 50));
    }

    [Fact]
    public void Output_is_one_readable_paper_per_line()
    {
        using var stream = new MemoryStream();
        Small.Write(200, stream);
        var path = Path.GetTempFileName() + ".jsonl";
        try
        {
            File.WriteAllBytes(path, stream.ToArray());
            var issues = new List<IngestIssue>();
            var records = PaperIngester.ReadRecords(path, issues).ToList();
            Assert.Empty(issues);
            Assert.Equal(200, records.Count);
            Assert.Equal(200, records.Select(r => r.SourceId).Distinct().Count());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Field_distributions_have_the_intended_shape()
    {
        var papers = Small.Papers(3000).ToList();
        Assert.All(papers, p =>
        {
            Assert.InRange(p.Title!.Split(' ').Length, 6, 14);
            Assert.InRange(p.Abstract!.Split(' ').Length, 150, 200);
            Assert.InRange(p.Authors!.Count, 1, 8);
            Assert.InRange(p.Topics!.Count, 1, 3);
            Assert.All(p.Topics!, t => Assert.StartsWith("cs.", t, StringComparison.Ordinal));
            Assert.InRange(p.Year!.Value, CorpusGenerator.FirstYear, CorpusGenerator.LastYear);
        });
        // Recent years dominate; venues and authors are skewed; ~30% have code; some preprints.
        Assert.True(papers.Count(p => p.Year >= 2015) > 3 * papers.Count(p => p.Year < 2005));
        var venues = papers.Where(p => p.Venue is not null).GroupBy(p => p.Venue).Select(g => g.Count()).OrderDescending().ToList();
        Assert.InRange(venues.Count, 40, 60);
        Assert.True(venues[0] > 10 * venues[^1]);
        Assert.InRange(papers.Count(p => p.HasCode == true) / 3000.0, 0.25, 0.35);
        Assert.InRange(papers.Count(p => p.Type == "preprint") / 3000.0, 0.05, 0.4);
        var authors = papers.SelectMany(p => p.Authors!).GroupBy(a => a).Select(g => g.Count()).OrderDescending().ToList();
        Assert.True(authors.Count > 3000 && authors[0] >= 20);
    }

    [Fact]
    public void Vocabulary_is_distinct_and_frequent_words_are_short()
    {
        Assert.Equal(Small.Vocabulary.Count, Small.Vocabulary.Distinct().Count());
        Assert.True(Small.Vocabulary.Take(100).Average(w => w.Length) < Small.Vocabulary.TakeLast(100).Average(w => w.Length));
    }

    private static string Hash(CorpusGenerator generator, int papers)
    {
        using var stream = new MemoryStream();
        generator.Write(papers, stream);
        return Convert.ToHexString(SHA256.HashData(stream.ToArray()));
    }
}
