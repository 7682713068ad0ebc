using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchEngine.Core.Ranking;

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
}
