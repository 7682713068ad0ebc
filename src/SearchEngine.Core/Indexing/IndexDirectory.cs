using Lucene.Net.Store;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// The directory every on-disk index is opened with: Lucene's <see cref="NIOFSDirectory"/> for writing, listing and
/// locking (not <c>FSDirectory.Open</c>, which picks Lucene.Net's MMapDirectory on 64-bit Linux), with its own inputs:
/// searches read memory-mapped files through <see cref="MappedInput"/>, merges read through
/// <see cref="PositionalReadInput"/> with Lucene's merge buffer.
/// </summary>
/// <remarks>
/// why mapped reads for searching: a search reads every posting of its words front to back, more-like-this and the
/// feedback re-scoring skip through postings, and both read the terms dictionary and stored papers at scattered
/// places; through a file handle each refill is a system call and a copy into a buffer that skipping mostly
/// throws away. Measured at a million papers, one request at a time, the same requests alternating between the
/// two read paths over one index (<c>bench/read-buffer.cs</c>, numbers in docs/benchmarks.md): more-like-this and search
/// faster with mapped reads. The previous path (positional reads, 8 KB postings refills) had itself replaced
/// Lucene.Net's <c>NIOFSIndexInput</c> (a lock, an <c>fstat</c> and a seek per refill).
/// Why merges keep positional reads: a merge reads each file once, front to back; mapping it would only add address
/// space that is given back late (<see cref="MappedInput"/>'s remarks).
/// The index writes no compound files (<see cref="PaperIndex.NewWriterConfig"/>), so every file is opened here by its
/// name.
/// </remarks>
internal sealed class IndexDirectory(DirectoryInfo path) : NIOFSDirectory(path)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        // A merge reads the file once, front to back.
        return context.Context == IOContext.UsageContext.MERGE
            ? new PositionalReadInput(file, BufferedIndexInput.GetBufferSize(context))
            : new MappedInput(file);
    }
}
