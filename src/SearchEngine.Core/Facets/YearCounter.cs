using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Facets;

/// <summary>
/// Counts years from numeric doc values into a dense array. Papers without a year count as missing and are reported as
/// the dimension's <see cref="Dimension.MissingValue"/> (<c>unknown</c>): last in the values and the histogram.
/// </summary>
internal sealed class YearCounter(Dimension dimension) : IDimensionCounter
{
    private const int MaxYear = 9999;
    private readonly int[] _counts = new int[MaxYear + 1];
    private int[] _years = [];
    private int _missing;

    public Dimension Dimension { get; } = dimension;

    public void SetNextReader(AtomicReaderContext context)
    {
        // why: a memory-resident column instead of on-disk numeric doc values (see SegmentColumn).
        _years = SegmentColumn.Numbers(context.AtomicReader, Dimension.DocValuesField).Values;
    }

    public void Collect(int doc)
    {
        var year = _years[doc];
        if (year is < 0 or > MaxYear) { _missing++; return; }
        _counts[year]++;
    }

    public void CollectAll(ReadOnlySpan<long> matches)
    {
        var (years, counts, missing) = (_years, _counts, 0);
        for (var word = 0; word < matches.Length; word++)
        {
            for (var bits = matches[word]; bits != 0; bits &= bits - 1)
            {
                var year = years[(word << 6) + BitOperations.TrailingZeroCount(bits)];
                if (year is < 0 or > MaxYear) missing++;
                else counts[year]++;
            }
        }
        _missing += missing;
    }

    public void Add(IDimensionCounter other)
    {
        var o = (YearCounter)other;
        for (var y = 0; y <= MaxYear; y++) _counts[y] += o._counts[y];
        _missing += o._missing;
    }

    public (IReadOnlyList<FacetValue> Values, FacetInfo Info) Finish(int limit)
    {
        var present = new List<FacetValue>();
        int first = -1, last = -1;
        for (var y = 0; y <= MaxYear; y++)
        {
            if (_counts[y] == 0) continue;
            if (first < 0) first = y;
            last = y;
            present.Add(new FacetValue(y.ToString(System.Globalization.CultureInfo.InvariantCulture), _counts[y]));
        }
        var histogram = first < 0
            ? []
            : Enumerable.Range(first, last - first + 1)
                .Select(y => new FacetValue(y.ToString(System.Globalization.CultureInfo.InvariantCulture), _counts[y]))
                .ToList();
        // why: the list is ordered newest first (how people scan years); the histogram is chronological for charts.
        var values = present.AsEnumerable().Reverse().Take(limit).ToList();
        var distinct = present.Count;
        if (_missing > 0 && Dimension.MissingValue is { } unknown)
        {
            // why: undated papers are a third of some corpora; a bucket the user can see and select, not a silent gap.
            var bucket = new FacetValue(unknown, _missing);
            if (values.Count < limit) values.Add(bucket);
            histogram = [.. histogram, bucket];
            distinct++;
        }
        return (values, new FacetInfo { Distinct = distinct, Missing = _missing, Limit = limit, Histogram = histogram });
    }
}
