using System.Buffers.Binary;

namespace SearchEngine.Core.Embeddings;

/// <summary>
/// Vectors by hash of the embedded text, for one <see cref="EmbeddingDescriptor"/>: rebuilds, restarts and upserts
/// embed only texts never seen before. On disk it is one append-only file per descriptor
/// (<c>vectors-KEY.bin</c>: records of 16-byte hash, float scale, int8 values), read whole at open; a torn last
/// record (a crash mid-append) is ignored. Without a directory it lives in memory only. Thread-safe.
/// </summary>
public sealed class VectorCache
{
    private readonly Dictionary<UInt128, QuantizedVector> _vectors = [];
    private readonly object _lock = new();
    private readonly string? _path;
    private readonly int _dimensions;
    private long _readTo;

    public VectorCache(EmbeddingDescriptor descriptor, string? directory)
    {
        _dimensions = descriptor.Dimensions;
        if (directory is null) return;
        Directory.CreateDirectory(directory);
        _path = Path.Combine(directory, $"vectors-{descriptor.Key()}.bin");
        Load();
    }

    private int RecordBytes => 16 + 4 + _dimensions;

    public int Count
    {
        get { lock (_lock) return _vectors.Count; }
    }

    /// <summary>The file backing this cache, or null in memory.</summary>
    public string? FilePath => _path;

    public bool TryGet(UInt128 hash, out QuantizedVector vector)
    {
        lock (_lock) return _vectors.TryGetValue(hash, out vector!);
    }

    /// <summary>
    /// Reads records other processes appended since the last read (a <c>searchengine index</c> or <c>add</c> beside a
    /// running server), so that their texts are not embedded a second time.
    /// </summary>
    public void Refresh()
    {
        lock (_lock) Load();
    }

    /// <summary>Adds vectors (and appends the new ones to the file).</summary>
    public void AddRange(IEnumerable<(UInt128 Hash, QuantizedVector Vector)> entries)
    {
        lock (_lock)
        {
            var added = entries.Where(e => _vectors.TryAdd(e.Hash, e.Vector)).ToList();
            if (_path is null || added.Count == 0) return;
            using var file = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read);
            var record = new byte[RecordBytes];
            foreach (var (hash, vector) in added)
            {
                BinaryPrimitives.WriteUInt128LittleEndian(record, hash);
                BinaryPrimitives.WriteSingleLittleEndian(record.AsSpan(16), vector.Scale);
                System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.Values.AsSpan()).CopyTo(record.AsSpan(20));
                file.Write(record);
            }
            file.Flush(flushToDisk: true);
        }
    }

    /// <summary>Reads the whole records from <see cref="_readTo"/> on (our own appends are read again: harmless).</summary>
    private void Load()
    {
        if (_path is null || !File.Exists(_path)) return;
        using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var size = RecordBytes;
        var whole = (file.Length - _readTo) / size * size;
        if (whole <= 0) return;
        file.Seek(_readTo, SeekOrigin.Begin);
        var bytes = new byte[whole];
        file.ReadExactly(bytes);
        for (var offset = 0; offset + size <= bytes.Length; offset += size)
        {
            var record = bytes.AsSpan(offset, size);
            var values = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, sbyte>(record[20..]).ToArray();
            _vectors[BinaryPrimitives.ReadUInt128LittleEndian(record)] =
                new QuantizedVector(values, BinaryPrimitives.ReadSingleLittleEndian(record[16..]));
        }
        _readTo += whole;
    }
}
