using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// A Lucene input that refills its buffer with one positional read (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>,
/// <c>pread</c> on Linux) of a file handle shared by all its clones; only the input that opened the handle closes it.
/// </summary>
/// <remarks>
/// why not Lucene.Net's <c>NIOFSIndexInput</c>: each of its refills takes a lock on a shared <see cref="FileStream"/>,
/// asks the stream for the file's length (an <c>fstat</c>), seeks it and reads through the stream's own 4 KB buffer
/// (a second copy). A profile of more-like-this at a million papers had about a quarter of the time in those system
/// calls and copies. A positional read needs no lock (two searcher slices read one file at once) and no seek.
/// </remarks>
internal sealed class PositionalReadInput : BufferedIndexInput
{
    private readonly SafeFileHandle _handle;
    private readonly long _length;
    private bool _isClone;

    public PositionalReadInput(string path, int bufferSize) : this(path, Open(path), bufferSize)
    {
    }

    private PositionalReadInput(string path, SafeFileHandle handle, int bufferSize)
        : base($"{nameof(PositionalReadInput)}(path=\"{path}\")", bufferSize)
    {
        _handle = handle;
        try
        {
            _length = RandomAccess.GetLength(handle);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    // why FileShare.ReadWrite | Delete: Lucene deletes files that open readers still hold (POSIX keeps them readable).
    private static SafeFileHandle Open(string path) =>
        File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    public override long Length => _length;

    protected override void ReadInternal(byte[] b, int offset, int length)
    {
        // BufferedIndexInput calls this with its file pointer at the first byte wanted.
        var position = Position;
        if (position + length > _length) throw new EndOfStreamException($"read past EOF: {this}");
        var target = b.AsSpan(offset, length);
        while (!target.IsEmpty)
        {
            var read = RandomAccess.Read(_handle, target, position);
            if (read <= 0) throw new EndOfStreamException($"read past EOF: {this}");
            position += read;
            target = target[read..];
        }
    }

    // A positional read carries its own offset: nothing to move.
    protected override void SeekInternal(long pos)
    {
    }

    public override object Clone()
    {
        var clone = (PositionalReadInput)base.Clone();
        clone._isClone = true;
        return clone;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_isClone) _handle.Dispose();
    }
}
