using System.Buffers;
using System.Runtime.CompilerServices;

namespace SearchEngine.Core.Facets;

/// <summary>
/// Counts per ordinal in a pooled array, remembering which ordinals were touched, so that a request over few
/// matches of a dimension with many values (authors: about one value per paper) neither allocates nor scans an
/// array sized by every value: reading, merging and clearing visit only the touched ordinals.
/// </summary>
/// <remarks>
/// why: the author facet used to allocate and scan one <c>int[]</c> per request sized by all authors of the index
/// (hundreds of thousands at 1M papers), plus one per segment, whatever the number of matches. The arrays now come
/// from a private pool and go back to it zeroed (only touched slots are cleared), so the pool never hands out dirty
/// counts. Not thread-safe: one instance per counter, which belongs to one request and one thread.
/// </remarks>
internal sealed class SparseCounts : IDisposable
{
    // why: a private pool, so every array it holds was cleared by Dispose below (the shared pool may hold dirty ones);
    // large enough buckets for an author column at a few million values.
    private static readonly ArrayPool<int> Pool = ArrayPool<int>.Create(maxArrayLength: 1 << 26, maxArraysPerBucket: 32);
    // The touched lists' contents do not matter, so they have a pool of their own (never mixed with the counts').
    private static readonly ArrayPool<int> TouchedPool = ArrayPool<int>.Create(maxArrayLength: 1 << 26, maxArraysPerBucket: 32);

    private int[] _counts;
    private int[] _touched;
    private int _touchedCount;

    public SparseCounts(long size)
    {
        Size = (int)size;
        _counts = Size == 0 ? [] : Pool.Rent(Size);
        _touched = Size == 0 ? [] : TouchedPool.Rent(Math.Min(Size, 1024));
    }

    /// <summary>How many ordinals there are (0 to <c>Size - 1</c>).</summary>
    public int Size { get; }

    /// <summary>How many distinct ordinals have a count.</summary>
    public int TouchedCount => _touchedCount;

    /// <summary>The <paramref name="i"/>-th touched ordinal (in first-touch order).</summary>
    public int TouchedAt(int i) => _touched[i];

    public int this[int ord] => _counts[ord];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Increment(int ord) => Add(ord, 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int ord, int count)
    {
        if (count == 0) return;
        if (_counts[ord] == 0) Touch(ord);
        _counts[ord] += count;
    }

    private void Touch(int ord)
    {
        if (_touchedCount == _touched.Length)
        {
            var bigger = TouchedPool.Rent(Math.Min(Size, _touched.Length * 2));
            Array.Copy(_touched, bigger, _touchedCount);
            TouchedPool.Return(_touched);
            _touched = bigger;
        }
        _touched[_touchedCount++] = ord;
    }

    /// <summary>Zeroes the touched counts (only those) so the instance counts again from nothing.</summary>
    public void Clear()
    {
        for (var i = 0; i < _touchedCount; i++) _counts[_touched[i]] = 0;
        _touchedCount = 0;
    }

    /// <summary>Returns the arrays to the pool, zeroed.</summary>
    public void Dispose()
    {
        if (Size == 0) return;
        Clear();
        Pool.Return(_counts);
        TouchedPool.Return(_touched);
        _counts = [];
        _touched = [];
    }
}
