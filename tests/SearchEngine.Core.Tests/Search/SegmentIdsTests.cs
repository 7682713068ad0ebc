using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchEngine.Core.Schema;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Search;

public sealed class SegmentIdsTests
{
    [Fact]
    public void Every_document_gets_the_id_its_doc_values_hold_and_one_without_gets_an_empty_id()
    {
        var random = new Random(11);
        var dir = new RAMDirectory();
        var expected = new List<string?>();
        using (var writer = new IndexWriter(dir, RandomSegmentsConfig.Create()))
        {
            for (var d = 0; d < 300; d++)
            {
                // Ids of several lengths in random order, so ordinal order is not document order.
                var id = random.Next(10) == 0 ? null : $"paper-{random.Next(1_000_000)}-{new string('x', random.Next(5))}{d}";
                var doc = new Document { new StringField("k", d.ToString(), Field.Store.NO) };
                if (id is not null) doc.Add(new SortedDocValuesField(PaperFields.IdSort, new BytesRef(id)));
                writer.AddDocument(doc);
                expected.Add(id);
                if (random.Next(60) == 0) writer.Commit();
            }
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(dir);
        Assert.True(reader.Leaves.Count > 1);
        foreach (var leaf in reader.Leaves)
        {
            var ids = SegmentIds.Of(leaf.AtomicReader);
            Assert.Same(ids, SegmentIds.Of(leaf.AtomicReader));
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                Assert.Equal(expected[leaf.DocBase + doc] ?? "", ids.IdOf(doc).Utf8ToString());
            }
        }
    }
}
