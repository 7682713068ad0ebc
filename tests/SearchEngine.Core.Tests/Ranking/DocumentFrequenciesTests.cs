using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchEngine.Core.Ranking;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Ranking;

/// <summary>
/// <see cref="DocumentFrequencies"/> gives what <see cref="IndexReader.DocFreq"/> gives, for terms seen for the first
/// time and for remembered ones, over several segments, and a newer reader of the same index its own counts.
/// </summary>
public sealed class DocumentFrequenciesTests
{
    private static void Add(IndexWriter writer, Random random, int docs)
    {
        for (var d = 0; d < docs; d++)
        {
            var words = Enumerable.Range(0, 1 + random.Next(8)).Select(_ => "w" + random.Next(40));
            writer.AddDocument(new Document { new TextField("text", string.Join(' ', words), Field.Store.NO) });
            if (random.Next(30) == 0) writer.Commit(); // several segments
        }
        writer.Commit();
    }

    [Fact]
    public void Frequencies_equal_the_readers_first_and_remembered_and_a_newer_reader_counts_anew()
    {
        var random = new Random(3);
        using var dir = new RAMDirectory();
        using var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)));
        Add(writer, random, 200);
        // Unsorted, with absent terms ("w40" and over never occur).
        var terms = Enumerable.Range(0, 45).Select(i => "w" + (i * 7 % 45)).ToList();

        using (var reader = DirectoryReader.Open(dir))
        {
            Assert.True(reader.Leaves.Count > 1);
            var expected = terms.Select(t => (long)reader.DocFreq(new Term("text", t))).ToArray();
            Assert.Equal(expected, DocumentFrequencies.Of(reader, "text", terms));
            Assert.Equal(expected, DocumentFrequencies.Of(reader, "text", terms)); // remembered
            Assert.Equal(expected.Reverse(), DocumentFrequencies.Of(reader, "text", terms.AsEnumerable().Reverse().ToList()));
            Assert.All(DocumentFrequencies.Of(reader, "other", terms), df => Assert.Equal(0, df));
        }

        Add(writer, random, 100);
        using (var newer = DirectoryReader.Open(dir))
        {
            var expected = terms.Select(t => (long)newer.DocFreq(new Term("text", t))).ToArray();
            Assert.Equal(expected, DocumentFrequencies.Of(newer, "text", terms));
        }
    }

    private static void AddText(IndexWriter writer, string text) =>
        writer.AddDocument(new Document { new TextField("text", text, Field.Store.NO) });

    [Fact]
    public void Kept_and_new_terms_mix_in_one_call_and_an_older_snapshot_keeps_its_own_counts()
    {
        using var dir = new RAMDirectory();
        using var writer = new IndexWriter(dir, RandomSegmentsConfig.Create());
        for (var d = 0; d < 120; d++)
        {
            AddText(writer, d % 4 == 0 ? "alpha beta" : d % 3 == 0 ? "beta" : "gamma");
            if (d % 40 == 39) writer.Commit();
        }
        writer.Commit();
        using var reader = DirectoryReader.Open(dir);
        Assert.True(reader.Leaves.Count > 1);
        string[] terms = ["gamma", "alpha", "missing", "beta"];
        var expected = terms.Select(t => (long)reader.DocFreq(new Term("text", t))).ToArray();

        Assert.Equal(expected, DocumentFrequencies.Of(reader, "text", terms));
        // The second time from what was kept, mixed with a term not asked before.
        Assert.Equal(expected.Append(0L), DocumentFrequencies.Of(reader, "text", [.. terms, "delta"]));

        AddText(writer, "alpha delta");
        writer.Commit();
        using var after = DirectoryReader.OpenIfChanged(reader)!;
        Assert.Equal([expected[1] + 1, 1L], DocumentFrequencies.Of(after, "text", ["alpha", "delta"]));
        Assert.Equal(expected[1], DocumentFrequencies.Of(reader, "text", ["alpha"])[0]);
    }
}
