using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchEngine.Core.Ranking;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Ranking;

public sealed class FrequentTermsTests
{
    private const string Text = "text";

    /// <summary>
    /// A random index of several segments (Zipf-like words, so some are in most documents and most in few), with
    /// the given share of documents deleted from random segments.
    /// </summary>
    private static (Lucene.Net.Store.Directory Dir, List<string> Vocabulary) Build(int seed, double deleted)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 300).Select(i => $"w{i}").ToList();
        var dir = new RAMDirectory();
        using var writer = new IndexWriter(dir, RandomSegmentsConfig.Create());
        var id = 0;
        for (var segment = 0; segment < 1 + random.Next(4); segment++)
        {
            for (var d = random.Next(5, 120); d > 0; d--)
            {
                // why this skew: word i is drawn with weight 1 / (i + 1), so the first words reach every document.
                var words = Enumerable.Range(0, random.Next(1, 30))
                    .Select(_ => vocabulary[(int)Math.Min(vocabulary.Count - 1, Math.Exp(random.NextDouble() * Math.Log(vocabulary.Count)) - 1)]);
                var doc = new Document { new StringField("id", $"d{id++}", Field.Store.NO), new TextField(Text, string.Join(' ', words), Field.Store.NO) };
                writer.AddDocument(doc);
            }
            writer.Commit();
        }
        for (var d = 0; d < id; d++)
        {
            if (random.NextDouble() < deleted) writer.DeleteDocuments(new Term("id", $"d{d}"));
        }
        writer.Commit();
        return (dir, vocabulary);
    }

    [Theory]
    [InlineData(1, 0.0, 0.1)]
    [InlineData(2, 0.0, 0.05)]
    [InlineData(3, 0.2, 0.1)]
    [InlineData(4, 0.45, 0.1)]
    [InlineData(5, 0.7, 0.1)]
    [InlineData(6, 0.3, 0.3)]
    public void Every_term_left_out_is_in_at_most_the_share_of_the_live_papers(int seed, double deleted, double share)
    {
        var (dir, vocabulary) = Build(seed, deleted);
        using var reader = DirectoryReader.Open(dir);
        var doubtful = FrequentTerms.MayExceed(reader, Text, share, vocabulary).ToHashSet();
        var max = share * reader.NumDocs;
        foreach (var term in vocabulary.Where(t => !doubtful.Contains(t)))
        {
            Assert.True(reader.DocFreq(new Term(Text, term)) <= max, $"{term}: in {reader.DocFreq(new Term(Text, term))} of {reader.NumDocs}");
        }
        // The list must also be short, or it would save nothing: the rare words are left out.
        Assert.Contains(vocabulary[0], doubtful);
        if (reader.Leaves.All(l => 2 * l.AtomicReader.NumDocs >= l.AtomicReader.MaxDoc)) Assert.DoesNotContain(vocabulary[^1], doubtful);
    }

    [Fact]
    public void A_segment_more_than_half_deleted_leaves_every_term_in_doubt()
    {
        var dir = new RAMDirectory();
        using (var writer = new IndexWriter(dir, RandomSegmentsConfig.Create()))
        {
            for (var d = 0; d < 10; d++)
            {
                writer.AddDocument(new Document { new StringField("id", $"d{d}", Field.Store.NO), new TextField(Text, d < 6 ? "common" : "rare", Field.Store.NO) });
            }
            writer.Commit();
            for (var d = 0; d < 6; d++) writer.DeleteDocuments(new Term("id", $"d{d}"));
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(dir);
        // "rare" is in 4 of the 10 documents (less than the segment's half of 50%), but in all 4 live ones.
        Assert.Equal(["common", "rare"], FrequentTerms.MayExceed(reader, Text, 0.5, ["common", "rare"]));
    }

    [Fact]
    public void A_segment_keeps_its_list_across_deletions_it_can_absorb()
    {
        var (dir, vocabulary) = Build(seed: 7, deleted: 0);
        using var before = DirectoryReader.Open(dir);
        var first = FrequentTerms.MayExceed(before, Text, 0.1, vocabulary);
        using (var writer = new IndexWriter(dir, RandomSegmentsConfig.Create()))
        {
            writer.DeleteDocuments(new Term("id", "d0"));
            writer.Commit();
        }
        using var after = DirectoryReader.Open(dir);
        // Same segment cores, so the same lists; still exact (the property above).
        Assert.Equal(first, FrequentTerms.MayExceed(after, Text, 0.1, vocabulary));
        var max = 0.1 * after.NumDocs;
        var doubtful = first.ToHashSet();
        Assert.All(vocabulary.Where(t => !doubtful.Contains(t)), t => Assert.True(after.DocFreq(new Term(Text, t)) <= max));
    }
}
