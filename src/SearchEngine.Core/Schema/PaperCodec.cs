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
/// generated corpus, LZ4 in 16 KB chunks keeps ~69% of its bytes, DEFLATE ~44%; only the ~10 shown hits are
/// ever decompressed, so the slower decompression costs well under a millisecond per page while the index
/// shrinks by about a quarter. Every process that opens an index must have called <see cref="Register"/>
/// (<see cref="Indexing.PaperIndex"/> does) so the codec name written in the segments resolves.
/// </remarks>
[CodecName(CodecName)]
public sealed class PaperCodec : FilterCodec
{
    public const string CodecName = "PaperSearch46";

    private static readonly StoredFieldsFormat Stored =
        new CompressingStoredFieldsFormat("PaperStoredFields", CompressionMode.HIGH_COMPRESSION, 1 << 14);

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
