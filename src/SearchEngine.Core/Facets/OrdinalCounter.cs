using Lucene.Net.Index;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Facets;

/// <summary>
/// Counts a string dimension (venue, type, topic, author) from doc-values ordinals: per hit only an array
/// increment on the segment's ordinal; at the end of each segment the non-zero counts are mapped to global
/// ordinals once; values are looked up only for the top N returned. Exact counts.
/// </summary>
internal sealed class OrdinalCounter : IDimensionCounter
{
    private readonly IndexReader _topReader;
    private readonly string _field;
    private readonly bool _multiValued;
    private readonly OrdinalSpace _space;
    private readonly int[] _global;
    private readonly GroupCounter? _groups;
    private int[] _segment = [];
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
        _global = new int[_space.ValueCount];
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
        _segment = _space.IsIdentity ? _global : new int[count];
        _groups?.SetNextReader(_sortedSet, _sorted);
        var column = SegmentColumn.Ordinals(reader, _field, _multiValued);
        (_ords, _starts) = (column.Values, column.Starts);
    }

    public void Collect(int doc)
    {
        if (_starts is { } starts)
        {
            int from = starts[doc], to = starts[doc + 1];
            if (from == to) { _missing++; return; }
            if (_groups is null)
            {
                for (var i = from; i < to; i++) _segment[_ords[i]]++;
                return;
            }
            ulong mask = 0;
            for (var i = from; i < to; i++)
            {
                var ord = _ords[i];
                _segment[ord]++;
                mask |= _groups.MaskOf(ord);
            }
            _groups.Count(mask);
        }
        else
        {
            var ord = _ords.Length == 0 ? SegmentColumn.Missing : _ords[doc];
            if (ord < 0) { _missing++; return; }
            _segment[ord]++;
            if (_groups is not null) _groups.Count(_groups.MaskOf(ord));
        }
    }

    private void Flush()
    {
        if (_segmentIndex < 0 || ReferenceEquals(_segment, _global)) return;
        for (var ord = 0; ord < _segment.Length; ord++)
        {
            if (_segment[ord] != 0) _global[_space.ToGlobal(_segmentIndex, ord)] += _segment[ord];
        }
    }

    public (IReadOnlyList<FacetValue> Values, FacetInfo Info) Finish(int limit)
    {
        Flush();
        _segmentIndex = -1;
        var distinct = 0;
        // Top N by count, ties by value order (global ordinals are sorted by value).
        var top = new PriorityQueue<long, (int Count, long Ord)>(
            Comparer<(int Count, long Ord)>.Create((a, b) => a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Ord.CompareTo(a.Ord)));
        for (long ord = 0; ord < _global.Length; ord++)
        {
            var c = _global[ord];
            if (c == 0) continue;
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
        return (values, new FacetInfo
        {
            Distinct = distinct,
            Missing = _missing,
            Limit = limit,
            Groups = _groups?.Results(),
        });
    }
}
