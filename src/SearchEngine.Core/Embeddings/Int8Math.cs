using System.Numerics;

namespace SearchEngine.Core.Embeddings;

/// <summary>SIMD int8 dot products (the inner loop of exact vector search).</summary>
internal static class Int8Math
{
    /// <summary>
    /// Σ a[i]·b[i] in 32-bit integers. why: TensorPrimitives.Dot over sbyte would sum in sbyte and overflow, so the
    /// lanes are widened (sbyte → short, product in short fits: 127² &lt; 2¹⁵) and accumulated in int.
    /// </summary>
    public static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        if (a.Length != b.Length) throw new ArgumentException("vectors differ in length");
        var sum = Vector<int>.Zero;
        var i = 0;
        var width = Vector<sbyte>.Count;
        for (; i <= a.Length - width; i += width)
        {
            Vector.Widen(new Vector<sbyte>(a[i..]), out var aLow, out var aHigh);
            Vector.Widen(new Vector<sbyte>(b[i..]), out var bLow, out var bHigh);
            Vector.Widen(aLow * bLow, out var p0, out var p1);
            Vector.Widen(aHigh * bHigh, out var p2, out var p3);
            sum += p0 + p1 + p2 + p3;
        }
        var total = Vector.Sum(sum);
        for (; i < a.Length; i++) total += a[i] * b[i];
        return total;
    }
}
