using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace SearchEngine.Core.Facets;

/// <summary>
/// One facet column of one segment held in memory: per document its ordinals (string facets) or its value
/// (year), in flat arrays. Built once per segment core and field, then shared by every request and thread.
/// </summary>
/// <remarks>
/// why: profiling faceted search showed most of its time in <c>DirectPackedReader.Get</c> → NIOFS positional
/// reads (a lock and a system call per buffer refill) behind <see cref="SortedSetDocValues"/>: Lucene 4.x keeps
/// ordinals on disk and facet counting touches every matching document. Flat arrays make each document an
/// array read. Memory: 4 bytes per document per single-valued column, plus 4 per value for multi-valued ones
/// (about 45 MB for all five dimensions at a million papers). Segments are immutable, so the cache (keyed by
/// the segment core, weakly) never goes stale, and a reopened reader reuses the columns of unchanged segments.
/// </remarks>
internal sealed class SegmentColumn
{
    /// <summary>Marks a document without a value.</summary>
    public const int Missing = -1;

    private static readonly ConditionalWeakTable<object, Dictionary<string, SegmentColumn>> Cache = new();

    private SegmentColumn(int[] values, int[]? starts)
    {
        Values = values;
        Starts = starts;
    }

    /// <summary>
    /// Single-valued: the value (ordinal or year) of each document, or <see cref="Missing"/>. Multi-valued: all
    /// ordinals, document after document, in the order doc values return them.
    /// </summary>
    public int[] Values { get; }

    /// <summary>Multi-valued only: document <c>d</c>'s ordinals are <c>Values[Starts[d]..Starts[d + 1]]</c>.</summary>
    public int[]? Starts { get; }

    /// <summary>The ordinals of a string facet field (sorted or sorted-set doc values) of one segment.</summary>
    public static SegmentColumn Ordinals(AtomicReader reader, string field, bool multiValued) =>
        GetOrBuild(reader, field, () => multiValued ? BuildMulti(reader, field) : BuildSingle(reader, field));

    /// <summary>The values of a numeric doc-values field (years) of one segment.</summary>
    public static SegmentColumn Numbers(AtomicReader reader, string field) =>
        GetOrBuild(reader, field, () => BuildNumbers(reader, field));

    private static SegmentColumn GetOrBuild(AtomicReader reader, string field, Func<SegmentColumn> build)
    {
        var perSegment = Cache.GetValue(reader.CoreCacheKey, _ => new Dictionary<string, SegmentColumn>(StringComparer.Ordinal));
        lock (perSegment)
        {
            // why: built under the lock so two first requests do not both pay for the one-time load.
            if (!perSegment.TryGetValue(field, out var column))
            {
                column = build();
                perSegment[field] = column;
            }
            return column;
        }
    }

    private static SegmentColumn BuildSingle(AtomicReader reader, string field)
    {
        var values = new int[reader.MaxDoc];
        var sorted = reader.GetSortedDocValues(field);
        for (var doc = 0; doc < values.Length; doc++) values[doc] = sorted?.GetOrd(doc) ?? Missing;
        return new SegmentColumn(values, starts: null);
    }

    private static SegmentColumn BuildMulti(AtomicReader reader, string field)
    {
        var maxDoc = reader.MaxDoc;
        var starts = new int[maxDoc + 1];
        var set = reader.GetSortedSetDocValues(field);
        if (set is null) return new SegmentColumn([], starts);
        var values = new List<int>(maxDoc * 2);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = values.Count;
            set.SetDocument(doc);
            long ord;
            while ((ord = set.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) values.Add((int)ord);
        }
        starts[maxDoc] = values.Count;
        return new SegmentColumn([.. values], starts);
    }

    private static SegmentColumn BuildNumbers(AtomicReader reader, string field)
    {
        var values = new int[reader.MaxDoc];
        var numbers = reader.GetNumericDocValues(field);
        var present = reader.GetDocsWithField(field);
        for (var doc = 0; doc < values.Length; doc++)
        {
            var value = numbers is not null && present is not null && present.Get(doc) ? numbers.Get(doc) : Missing;
            values[doc] = value is < 0 or > int.MaxValue ? Missing : (int)value;
        }
        return new SegmentColumn(values, starts: null);
    }
}
