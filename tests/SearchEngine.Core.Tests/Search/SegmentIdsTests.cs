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

    [Fact]
    public void Ids_compare_as_their_bytes_within_a_segment_and_across_segments()
    {
        var random = new Random(12);
        var dir = new RAMDirectory();
        using (var writer = new IndexWriter(dir, RandomSegmentsConfig.Create()))
        {
            for (var d = 0; d < 200; d++)
            {
                // Shared prefixes, different lengths, bytes above 0x7F (unsigned order) and missing ids.
                var id = random.Next(8) == 0 ? null : $"p{random.Next(30)}{(random.Next(4) == 0 ? "é" : "")}{new string('z', random.Next(3))}";
                var doc = new Document { new StringField("k", d.ToString(), Field.Store.NO) };
                if (id is not null) doc.Add(new SortedDocValuesField(PaperFields.IdSort, new BytesRef(id)));
                writer.AddDocument(doc);
                if (random.Next(40) == 0) writer.Commit();
            }
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(dir);
        Assert.True(reader.Leaves.Count > 1);
        var docs = reader.Leaves.SelectMany(l => Enumerable.Range(0, l.AtomicReader.MaxDoc).Select(d => (Ids: SegmentIds.Of(l.AtomicReader), Doc: d))).ToList();
        for (var i = 0; i < 3000; i++)
        {
            var a = docs[random.Next(docs.Count)];
            var b = docs[random.Next(docs.Count)];
            var expected = Math.Sign(a.Ids.IdOf(a.Doc).CompareTo(b.Ids.IdOf(b.Doc)));
            Assert.Equal(expected, Math.Sign(a.Ids.CompareIds(a.Doc, b.Ids, b.Doc)));
        }
    }
}
