using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchEngine.Core.Facets;

/// <summary>
/// The global ordinal space of one string facet over one top-level reader: per-segment ordinals map to global
/// ones through <see cref="MultiDocValues.OrdinalMap"/> (built once per reader, then cached), and a global ordinal
/// maps back to its value. This is how Lucene's SortedSetDocValuesReaderState works; the facet module itself is
/// not available in our package mirror.
/// </summary>
internal sealed class OrdinalSpace
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, OrdinalSpace>> Cache = new();

    private readonly IndexReader _reader;
    private readonly string _field;
    private readonly bool _multiValued;
    private readonly MultiDocValues.OrdinalMap? _map;

    private OrdinalSpace(IndexReader reader, string field, bool multiValued)
    {
        _reader = reader;
        _field = field;
        _multiValued = multiValued;
        var leaves = reader.Leaves;
        if (leaves.Count == 1)
        {
            ValueCount = SegmentValueCount(leaves[0].AtomicReader);
        }
        else if (leaves.Count > 1)
        {
            var enums = leaves.Select(l => TermsOf(l.AtomicReader)).ToArray();
            _map = new MultiDocValues.OrdinalMap(reader.CoreCacheKey, enums);
            ValueCount = _map.ValueCount;
        }
    }

    public long ValueCount { get; }

    /// <summary>The cached space for <paramref name="field"/> of this reader (built on first use).</summary>
    public static OrdinalSpace For(IndexReader reader, string field, bool multiValued)
    {
        var perReader = Cache.GetValue(reader.CoreCacheKey, _ => new Dictionary<string, OrdinalSpace>());
        lock (perReader)
        {
            if (!perReader.TryGetValue(field, out var space))
            {
                space = new OrdinalSpace(reader, field, multiValued);
                perReader[field] = space;
            }
            return space;
        }
    }

    /// <summary>Segment ordinal → global ordinal for segment <paramref name="segment"/>.</summary>
    public long ToGlobal(int segment, long segmentOrd) => _map is null ? segmentOrd : _map.GetGlobalOrd(segment, segmentOrd);

    public bool IsIdentity => _map is null;

    public string Lookup(long globalOrd)
    {
        var segment = _map is null ? 0 : _map.GetFirstSegmentNumber(globalOrd);
        var segmentOrd = _map is null ? globalOrd : _map.GetFirstSegmentOrd(globalOrd);
        var bytes = new BytesRef();
        var atomic = _reader.Leaves[segment].AtomicReader;
        if (_multiValued) (atomic.GetSortedSetDocValues(_field) ?? DocValues.EMPTY_SORTED_SET).LookupOrd(segmentOrd, bytes);
        else (atomic.GetSortedDocValues(_field) ?? DocValues.EMPTY_SORTED).LookupOrd((int)segmentOrd, bytes);
        return bytes.Utf8ToString();
    }

    private long SegmentValueCount(AtomicReader reader) => _multiValued
        ? reader.GetSortedSetDocValues(_field)?.ValueCount ?? 0
        : reader.GetSortedDocValues(_field)?.ValueCount ?? 0;

    private TermsEnum TermsOf(AtomicReader reader) => _multiValued
        ? reader.GetSortedSetDocValues(_field)?.GetTermsEnum() ?? TermsEnum.EMPTY
        : reader.GetSortedDocValues(_field)?.GetTermsEnum() ?? TermsEnum.EMPTY;
}
