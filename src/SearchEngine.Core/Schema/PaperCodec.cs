using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace SearchEngine.Core.Schema;

/// <summary>
/// The index codec: Lucene 4.6's, except that stored fields are compressed with DEFLATE (Lucene's
/// <see cref="CompressionMode.HIGH_COMPRESSION"/>) instead of LZ4.
/// </summary>
/// <remarks>
/// why: the stored <c>_source</c> (the whole paper, abstract included) is most of the index. Measured on the
/// generated corpus, LZ4 in 16 KB chunks keeps ~69% of its bytes, DEFLATE ~44%; a search decompresses about twenty
/// papers (its feedback papers and its hits), and LZ4 made that faster (59 → 39 µs a paper) without a measurable
/// change in search time, for a quarter more index (docs/benchmarks.md). Every process that opens an index must have
/// called <see cref="Register"/> (<see cref="Indexing.PaperIndex"/> does) so the codec name written in the segments
/// resolves.
/// </remarks>
[CodecName(CodecName)]
public sealed class PaperCodec : FilterCodec
{
    public const string CodecName = "PaperSearch46";

    /// <summary>Bytes of papers compressed together (at least; a chunk ends after the paper that reaches it).</summary>
    /// <remarks>
    /// why 4 KB, not Lucene's 16 KB: reading one paper inflates its whole chunk, and a search reads about twenty
    /// (its feedback papers and its hits). Measured at 100k papers: reading stored fields fell from 14% to 8% of a
    /// search's CPU samples, search p50 by ~8%, for 11% more stored bytes (+4.5% index; docs/benchmarks.md). The chunk size is written in each segment,
    /// so indexes written with other sizes read as before (merges write the new size).
    /// </remarks>
    public const int ChunkSize = 1 << 12;

    private static readonly StoredFieldsFormat Stored =
        new CompressingStoredFieldsFormat("PaperStoredFields", CompressionMode.HIGH_COMPRESSION, ChunkSize);

    private static readonly Lazy<bool> Registered = new(() =>
    {
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(PaperCodec)] });
        return true;
    });

    public PaperCodec() : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => Stored;

    /// <summary>Makes the codec resolvable by name (idempotent, thread-safe).</summary>
    public static void Register() => _ = Registered.Value;
}
