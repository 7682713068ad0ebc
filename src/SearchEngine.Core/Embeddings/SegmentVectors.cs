namespace SearchEngine.Core.Embeddings;

/// <summary>
/// The vectors of one Lucene segment, by segment doc id, in one flat int8 array (cache-friendly scans) with one
/// scale per document; a doc without a vector (deleted when loaded) has scale 0 and never scores.
/// </summary>
internal sealed class SegmentVectors(sbyte[] values, float[] scales, int dimensions)
{
    public int Dimensions { get; } = dimensions;
    public int Count => scales.Length;

    public bool Has(int doc) => scales[doc] != 0;

    public ReadOnlySpan<sbyte> Values(int doc) => values.AsSpan(doc * Dimensions, Dimensions);

    public float Score(int doc, QuantizedVector query) =>
        Int8Math.Dot(Values(doc), query.Values) * scales[doc] * query.Scale;

    public QuantizedVector Vector(int doc) => new(Values(doc).ToArray(), scales[doc]);

    public long Bytes => values.LongLength + scales.LongLength * sizeof(float);
}
