using Lucene.Net.Store;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// The directory every on-disk index is opened with: Lucene's <see cref="NIOFSDirectory"/> for writing, listing and
/// locking (not <c>FSDirectory.Open</c>, which picks MMapDirectory on 64-bit Linux, measured many times slower under
/// parallel search in Lucene.Net 4.8 and subject to a mapping race fixed only after beta00017), with its own inputs
/// for reading: <see cref="PositionalReadInput"/>, and postings files read <see cref="PostingsBufferSize"/> bytes per
/// read instead of Lucene's 1 KB.
/// </summary>
/// <remarks>
/// why the larger buffer for postings only: a search reads every posting of its words (the exact total, the facet
/// counts) front to back, one system call per refill; more-like-this advances through postings by skipping, where
/// a refill reads the whole buffer for the few bytes it needs, and terms-dictionary reads are as scattered.
/// Measured at a million papers, one request at a time, the same requests alternating between this directory and
/// Lucene's stock NIOFSDirectory over one index (<c>bench/read-buffer.cs</c>):
/// <list type="bullet">
/// <item>8 KB postings refills alone (through NIOFS inputs): search p50 −15–16%, faceted −12–15%, more-like-this
/// unchanged; 32–64 KB made more-like-this 40–60% slower; 8 KB for every file, or for the terms dictionary, made
/// it slower too.</item>
/// <item>with positional reads as well: search p50 −20–23% (18.6–20.3 → 14.8–15.6 ms), faceted −17%, more-like-this
/// −9–14%; 16 KB postings refills or 4 KB for the other files measured the same within the noise.</item>
/// </list>
/// Merges keep Lucene's merge buffer. The index writes no compound files (<see cref="PaperIndex.NewWriterConfig"/>),
/// so every file is opened here by its name.
/// </remarks>
internal sealed class IndexDirectory(DirectoryInfo path) : NIOFSDirectory(path)
{
    /// <summary>Bytes read per refill of a postings (<c>.doc</c>) input.</summary>
    public const int PostingsBufferSize = 8192;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        return new PositionalReadInput(Path.Combine(Directory.FullName, name), BufferSize(name, context));
    }

    /// <summary>Lucene's buffer size for the context (1 KB, 4 KB to merge), or <see cref="PostingsBufferSize"/> for searching postings.</summary>
    public static int BufferSize(string name, IOContext context) =>
        context.Context != IOContext.UsageContext.MERGE && IsPostings(name)
            ? PostingsBufferSize
            : BufferedIndexInput.GetBufferSize(context);

    /// <summary>Whether <paramref name="name"/> is a postings file (Lucene41's document ids and frequencies).</summary>
    public static bool IsPostings(string name) => name.EndsWith(".doc", StringComparison.Ordinal);
}
