using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchEngine.Core.Ranking;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Ranking;

public sealed class DocumentFrequenciesTests
{
    private static void Add(IndexWriter writer, string text) =>
        writer.AddDocument(new Document { new TextField("text", text, Field.Store.NO) });

    [Fact]
    public void Frequencies_are_the_readers_own_before_and_after_they_are_kept_and_a_new_snapshot_counts_anew()
    {
        using var dir = new RAMDirectory();
        using var writer = new IndexWriter(dir, RandomSegmentsConfig.Create());
        for (var d = 0; d < 120; d++)
        {
            Add(writer, d % 4 == 0 ? "alpha beta" : d % 3 == 0 ? "beta" : "gamma");
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

        Add(writer, "alpha delta");
        writer.Commit();
        using var after = DirectoryReader.OpenIfChanged(reader)!;
        Assert.Equal([expected[1] + 1, 1L], DocumentFrequencies.Of(after, "text", ["alpha", "delta"]));
        Assert.Equal(expected[1], DocumentFrequencies.Of(reader, "text", ["alpha"])[0]);
    }
}
