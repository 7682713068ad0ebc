using System.Numerics;
using Lucene.Net.Index;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Facets;

/// <summary>
/// Counts a string dimension (venue, type, topic, author) from doc-values ordinals: per hit only an array
/// increment on the segment's ordinal; at the end of each segment the non-zero counts are mapped to global
/// ordinals once; values are looked up only for the top N returned. Exact counts. The count arrays are
/// <see cref="SparseCounts"/>: pooled, and read and cleared only where a match touched them.
/// </summary>
internal sealed class OrdinalCounter : IDimensionCounter
{
    private readonly IndexReader _topReader;
    private readonly string _field;
    private readonly bool _multiValued;
    private readonly OrdinalSpace _space;
    private readonly SparseCounts _global;
    private readonly GroupCounter? _groups;
    private SparseCounts? _segment;
    private int _segmentIndex = -1;
    private SortedDocValues? _sorted;
    private SortedSetDocValues? _sortedSet;
    private int[] _ords = [];
    private int[]? _starts;
    private int _missing;

    public OrdinalCounter(Dimension dimension, IndexReader topReader)
    {
        Dimension = dimension;
        _topReader = topReader;
        (_field, _multiValued) = (dimension.DocValuesField, dimension.MultiValued);
        _space = OrdinalSpace.For(topReader, _field, _multiValued);
        _global = new SparseCounts(_space.ValueCount);
        if (dimension.GroupOf is { } groupOf) _groups = new GroupCounter(groupOf, dimension.ValueLabel);
    }

    public Dimension Dimension { get; }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segmentIndex = context.Ord;
        var reader = context.AtomicReader;
        long count;
        if (_multiValued)
        {
            _sortedSet = reader.GetSortedSetDocValues(_field);
            _sorted = _sortedSet is null ? null : DocValues.UnwrapSingleton(_sortedSet);
            if (_sorted is not null) _sortedSet = null;
            count = _sortedSet?.ValueCount ?? _sorted?.ValueCount ?? 0;
        }
        else
        {
            _sorted = reader.GetSortedDocValues(_field);
            _sortedSet = null;
            count = _sorted?.ValueCount ?? 0;
        }
        // why: with one segment the segment ordinals are the global ones; count straight into the global array.
        _segment = _space.IsIdentity ? _global : new SparseCounts(count);
        _groups?.SetNextReader(_sortedSet, _sorted);
        var column = SegmentColumn.Ordinals(reader, _field, _multiValued);
        (_ords, _starts) = (column.Values, column.Starts);
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        if (_starts is { } starts)
        {
            int from = starts[doc], to = starts[doc + 1];
            if (from == to) { _missing++; return; }
            if (_groups is null)
            {
                for (var i = from; i < to; i++) segment.Increment(_ords[i]);
                return;
            }
            ulong mask = 0;
            for (var i = from; i < to; i++)
            {
                var ord = _ords[i];
                segment.Increment(ord);
                mask |= _groups.MaskOf(ord);
            }
            _groups.Count(mask);
        }
        else
        {
            var ord = _ords.Length == 0 ? SegmentColumn.Missing : _ords[doc];
            if (ord < 0) { _missing++; return; }
            segment.Increment(ord);
            if (_groups is not null) _groups.Count(_groups.MaskOf(ord));
        }
    }

    public void CollectAll(ReadOnlySpan<long> matches)
    {
        // why two loops: a single-valued field without groups (venue, type) is one array read and one increment per
        // match; the rest (several values per paper, topic groups) goes through Collect, called directly.
        if (_starts is null && _groups is null && _ords.Length > 0)
        {
            var (segment, ords, missing) = (_segment!, _ords, 0);
            for (var word = 0; word < matches.Length; word++)
            {
                for (var bits = matches[word]; bits != 0; bits &= bits - 1)
                {
                    var ord = ords[(word << 6) + BitOperations.TrailingZeroCount(bits)];
                    if (ord < 0) missing++;
                    else segment.Increment(ord);
                }
            }
            _missing += missing;
            return;
        }
        for (var word = 0; word < matches.Length; word++)
        {
            for (var bits = matches[word]; bits != 0; bits &= bits - 1) Collect((word << 6) + BitOperations.TrailingZeroCount(bits));
        }
    }

    private void Flush()
    {
        var segment = _segment;
        _segment = null;
        if (_segmentIndex < 0 || segment is null || ReferenceEquals(segment, _global)) return;
        for (var i = 0; i < segment.TouchedCount; i++)
        {
            var ord = segment.TouchedAt(i);
            _global.Add((int)_space.ToGlobal(_segmentIndex, ord), segment[ord]);
        }
        segment.Dispose();
    }

    public void Add(IDimensionCounter other)
    {
        var o = (OrdinalCounter)other;
        if (!ReferenceEquals(o._space, _space)) throw new ArgumentException("counters of different readers or fields", nameof(other));
        o.Flush();
        for (var i = 0; i < o._global.TouchedCount; i++)
        {
            var ord = o._global.TouchedAt(i);
            _global.Add(ord, o._global[ord]);
        }
        _missing += o._missing;
        if (_groups is not null) _groups.Add(o._groups!);
        o._global.Dispose();
    }

    public (IReadOnlyList<FacetValue> Values, FacetInfo Info) Finish(int limit)
    {
        Flush();
        _segmentIndex = -1;
        var distinct = 0;
        // Top N by count, ties by value order (global ordinals are sorted by value).
        var top = new PriorityQueue<long, (int Count, long Ord)>(
            Comparer<(int Count, long Ord)>.Create((a, b) => a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Ord.CompareTo(a.Ord)));
        for (var i = 0; i < _global.TouchedCount; i++)
        {
            long ord = _global.TouchedAt(i);
            var c = _global[(int)ord];
            distinct++;
            if (top.Count < limit) top.Enqueue(ord, (c, ord));
            else if (top.TryPeek(out _, out var min) && (c > min.Count || (c == min.Count && ord < min.Ord)))
            {
                top.DequeueEnqueue(ord, (c, ord));
            }
        }
        var values = new List<FacetValue>(top.Count);
        while (top.TryDequeue(out var ord, out var key))
        {
            var value = _space.Lookup(ord);
            values.Add(new FacetValue(value, key.Count, Dimension.ValueLabel?.Invoke(value)));
        }
        values.Reverse();
        _global.Dispose();
        return (values, new FacetInfo
        {
            Distinct = distinct,
            Missing = _missing,
            Limit = limit,
            Groups = _groups?.Results(),
        });
    }
}
