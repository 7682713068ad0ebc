using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Tests.Schema;

/// <summary>The index codec's stored fields: DEFLATE in small chunks, and indexes written with larger ones still read.</summary>
public sealed class PaperCodecTests
{
    static PaperCodecTests() => PaperCodec.Register();

    [Fact]
    public void New_segments_store_papers_in_chunks_of_the_codecs_size()
    {
        using var directory = new RAMDirectory();
        Write(directory, new PaperCodec(), Texts(20));

        var data = directory.ListAll().Single(f => f.EndsWith(".fdt", StringComparison.Ordinal));
        using var input = directory.OpenInput(data, IOContext.READ_ONCE);
        CodecUtil.CheckHeader(input, "PaperStoredFieldsData", 0, int.MaxValue);
        Assert.Equal(PaperCodec.ChunkSize, input.ReadVInt32());
    }

    [Fact]
    public void An_index_written_with_16_KB_chunks_reads_every_paper_whole()
    {
        // One paper longer than two 16 KB chunks: Lucene writes it in slices of the writer's chunk size, which the
        // reader must take from the segment, not from its own codec.
        var texts = Texts(40).Append(new string('x', 40_000) + " end").Append("after the long one").ToList();
        using var directory = new RAMDirectory();
        Write(directory, new SixteenKilobyteChunks(), texts);

        using var reader = DirectoryReader.Open(directory);

        Assert.Equal(PaperCodec.CodecName, ((SegmentReader)reader.Leaves[0].Reader).SegmentInfo.Info.Codec.Name);
        Assert.IsType<PaperCodec>(((SegmentReader)reader.Leaves[0].Reader).SegmentInfo.Info.Codec);
        Assert.Equal(texts, Enumerable.Range(0, reader.MaxDoc).Select(d => reader.Document(d).Get("body")));
    }

    private static List<string> Texts(int count) =>
        Enumerable.Range(0, count).Select(i => $"paper {i}: " + string.Join(' ', Enumerable.Repeat($"word{i % 7} text{i}", 60))).ToList();

    private static void Write(Lucene.Net.Store.Directory directory, Codec codec, IEnumerable<string> texts)
    {
        var config = new IndexWriterConfig(LuceneDefaults.Version, new Lucene.Net.Analysis.Core.KeywordAnalyzer())
        {
            Codec = codec,
            UseCompoundFile = false,
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var text in texts) writer.AddDocument(new Document { new StoredField("body", text) });
        writer.Commit();
    }

    /// <summary>The codec as it was before its chunks shrank: same name, 16 KB chunks (Lucene's default).</summary>
    [CodecName(PaperCodec.CodecName)]
    private sealed class SixteenKilobyteChunks() : FilterCodec(new Lucene46Codec())
    {
        private static readonly StoredFieldsFormat Stored =
            new CompressingStoredFieldsFormat("PaperStoredFields", CompressionMode.HIGH_COMPRESSION, 1 << 14);

        public override StoredFieldsFormat StoredFieldsFormat => Stored;
    }
}
