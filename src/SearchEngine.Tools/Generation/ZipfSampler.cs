namespace SearchEngine.Tools.Generation;

/// <summary>
/// Draws ranks 0..n-1 with probability proportional to 1/(rank+1+shift)^s (Zipf's law, with Mandelbrot's shift
/// flattening the head) by binary search over the precomputed cumulative distribution: O(log n) per draw.
/// </summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int n, double exponent, double shift = 0)
    {
        _cumulative = new double[n];
        var sum = 0.0;
        for (var rank = 0; rank < n; rank++)
        {
            sum += 1.0 / Math.Pow(rank + 1 + shift, exponent);
            _cumulative[rank] = sum;
        }
        for (var rank = 0; rank < n; rank++) _cumulative[rank] /= sum;
    }

    public int Count => _cumulative.Length;

    public int Sample(ref SplitMix64 rng)
    {
        var u = rng.NextDouble();
        var i = Array.BinarySearch(_cumulative, u);
        return Math.Min(i >= 0 ? i : ~i, _cumulative.Length - 1);
    }
}
