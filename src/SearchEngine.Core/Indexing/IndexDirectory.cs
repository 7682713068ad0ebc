using Lucene.Net.Store;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// The directory every on-disk index is opened with: Lucene's <see cref="NIOFSDirectory"/> (positional reads; not
/// <c>FSDirectory.Open</c>, which picks MMapDirectory on 64-bit Linux, measured many times slower under parallel
/// search in Lucene.Net 4.8 and subject to a mapping race fixed only after beta00017), with postings files read
/// <see cref="PostingsBufferSize"/> bytes per system call instead of Lucene's 1 KB.
/// </summary>
/// <remarks>
/// why the larger buffer for postings only: a search reads every posting of its words (the exact total, the facet
/// counts), front to back, and each 1 KB refill of an NIOFS input is a lock, a seek and a <c>pread</c>. Measured at
/// a million papers, one request at a time, the same requests alternating between two opens of one index
/// (<c>bench/read-buffer.cs</c>): 8 KB on the postings (<c>.doc</c>) files made a search 15–16% faster and a
/// faceted search 12–15%, more-like-this unchanged (it advances through postings by skipping, where a refill reads
/// the whole buffer for the few bytes it needs: 32–64 KB made it 40–60% slower); 8 KB on every file, or on the
/// terms dictionary, made more-like-this slower too. Merges keep Lucene's own merge buffer. The index writes no
/// compound files (<see cref="PaperIndex.NewWriterConfig"/>), so every postings file is opened here by its name.
/// </remarks>
internal sealed class IndexDirectory(DirectoryInfo path) : NIOFSDirectory(path)
{
    /// <summary>Bytes read per refill of a postings (<c>.doc</c>) input.</summary>
    public const int PostingsBufferSize = 8192;

    public override IndexInput OpenInput(string name, IOContext context) =>
        WithBuffer(name, context, base.OpenInput(name, context));

    private static IndexInput WithBuffer(string name, IOContext context, IndexInput input)
    {
        if (context.Context != IOContext.UsageContext.MERGE && IsPostings(name) && input is BufferedIndexInput buffered)
        {
            buffered.SetBufferSize(PostingsBufferSize);
        }
        return input;
    }

    /// <summary>Whether <paramref name="name"/> is a postings file (Lucene41's document ids and frequencies).</summary>
    public static bool IsPostings(string name) => name.EndsWith(".doc", StringComparison.Ordinal);
}
