using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// A Lucene input that reads a memory-mapped file through a pointer: no system call, lock or buffer copy per read, and
/// every read checked against the file's length. The mapping is shared by the input that opened it and all its clones,
/// and it is unmapped only when none of them is reachable any more (<see cref="Mapping"/>), never by
/// <see cref="IndexInput.Dispose()"/>.
/// </summary>
/// <remarks>
/// <para>
/// why not Lucene.Net's <c>MMapDirectory</c>: its inputs read through <see cref="MemoryMappedViewAccessor"/> a byte
/// or an array at a time, each read a bounds-checked call into the accessor (measured many times slower than reading
/// through a file handle under parallel search, <see cref="IndexDirectory"/>), and it unmaps on close, which a
/// clone still reading would turn into a crash (the mapping race fixed after beta00017).
/// </para>
/// <para>
/// why unmapping is left to the garbage collector: Lucene closes a file's input when its segment reader closes, but
/// clones of it may still be referenced by a search that holds the old snapshot; unmapping then would make any read
/// through them touch freed address space and kill the process. Held by every clone, the mapping outlives all of them;
/// the cost is that a deleted file's disk space and address space return at the next collection after its last input,
/// not at once.
/// </para>
/// </remarks>
internal sealed unsafe class MappedInput : IndexInput
{
    private readonly string _path;
    private readonly Mapping _mapping;
    private readonly byte* _base;
    private readonly long _length;
    private long _position;
    private bool _closed;

    public MappedInput(string path) : this(path, Mapping.Of(path))
    {
    }

    private MappedInput(string path, Mapping mapping) : base($"{nameof(MappedInput)}(path=\"{path}\")")
    {
        _path = path;
        _mapping = mapping;
        _base = mapping.Pointer;
        _length = mapping.Length;
    }

    public override long Length => _length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        EnsureOpen();
        // why up to the length: Lucene seeks to the end of a file to check it, and reading there is what fails.
        if (pos < 0 || pos > _length) throw new EndOfStreamException($"seek to {pos} outside 0..{_length}: {this}");
        _position = pos;
    }

    public override byte ReadByte()
    {
        if (_position >= _length) throw PastEnd(1);
        return _base[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentOutOfRangeException.ThrowIfNegative(len);
        if (len > _length - _position) throw PastEnd(len);
        new ReadOnlySpan<byte>(_base + _position, len).CopyTo(b.AsSpan(offset, len));
        _position += len;
    }

    // Lucene's fixed-width numbers are big-endian; these read them in one step instead of a call per byte.
    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short)));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int)));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(sizeof(long)));

    public override int ReadVInt32()
    {
        // why a fast path: postings and terms are mostly variable-length ints; with five bytes left none can overrun.
        // Same checks as Lucene's: the fifth byte may carry only the top four bits.
        if (_length - _position < 5) return base.ReadVInt32();
        var p = _base + _position;
        var i = 0;
        for (var n = 0; n < 4; n++)
        {
            int b = p[n];
            i |= (b & 0x7F) << (7 * n);
            if ((b & 0x80) == 0)
            {
                _position += n + 1;
                return i;
            }
        }
        int last = p[4];
        if ((last & 0xF0) != 0) throw new IOException($"invalid vInt (too many bits): {this}");
        _position += 5;
        return i | (last << 28);
    }

    public override long ReadVInt64()
    {
        // The same for longs: at most nine bytes, the ninth without a continuation bit.
        if (_length - _position < 9) return base.ReadVInt64();
        var p = _base + _position;
        long i = 0;
        for (var n = 0; n < 9; n++)
        {
            long b = p[n];
            i |= (b & 0x7F) << (7 * n);
            if ((b & 0x80) == 0)
            {
                _position += n + 1;
                return i;
            }
        }
        throw new IOException($"invalid vLong (too many bits): {this}");
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _length - _position) throw PastEnd(count);
        var span = new ReadOnlySpan<byte>(_base + _position, count);
        _position += count;
        return span;
    }

    private EndOfStreamException PastEnd(long wanted) =>
        new($"read past EOF: {wanted} bytes at {_position} of {_length}: {this}");

    // why not on every read: the hot reads stay a bounds check and a load; a closed input is caught where it moves.
    private void EnsureOpen() => ObjectDisposedException.ThrowIf(_closed, this);

    public override object Clone()
    {
        EnsureOpen();
        // A new object (not a member copy): the clone has its own position and shares the mapping.
        return new MappedInput(_path, _mapping) { _position = _position };
    }

    // The mapping stays until no input holds it (see the remarks).
    protected override void Dispose(bool disposing) => _closed = true;

    /// <summary>One file's read-only mapping and the pointer to its first byte, released when unreachable.</summary>
    private sealed class Mapping
    {
        // Never read: held so that the mapping object lives exactly as long as the view made from it.
        private readonly MemoryMappedFile? _file;
        private readonly MemoryMappedViewAccessor? _view;

        private Mapping(MemoryMappedFile? file, MemoryMappedViewAccessor? view, byte* pointer, long length)
        {
            _file = file;
            _view = view;
            Pointer = pointer;
            Length = length;
        }

        public byte* Pointer { get; }
        public long Length { get; }

        public static Mapping Of(string path)
        {
            // why FileShare.ReadWrite | Delete: Lucene deletes files that open readers still hold (POSIX keeps them readable).
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var length = RandomAccess.GetLength(handle);
            // An empty file cannot be mapped; it has nothing to read either.
            if (length == 0) return new Mapping(null, null, null, 0);
            var file = MemoryMappedFile.CreateFromFile(handle, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            MemoryMappedViewAccessor? view = null;
            try
            {
                view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
                byte* pointer = null;
                view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
                return new Mapping(file, view, pointer + view.PointerOffset, length);
            }
            catch
            {
                view?.Dispose();
                file.Dispose();
                throw;
            }
        }

        ~Mapping()
        {
            // why only here: every input of the file holds this object, so none can read once it is unreachable.
            // AcquirePointer kept the view's handle alive; released, the handle's own (critical, hence later)
            // finalizer unmaps the view, and the file's closes the mapping.
            _view?.SafeMemoryMappedViewHandle.ReleasePointer();
        }
    }
}
