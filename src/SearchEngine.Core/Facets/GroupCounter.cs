using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchEngine.Core.Facets;

/// <summary>
/// Rolls a dimension's values up to their group (<see cref="Schema.Dimension.GroupOf"/>: topic <c>cs.CV</c> →
/// <c>cs</c>): a paper counts once per group however many of its values fall in it. Groups are few, so a paper's
/// groups fit in a 64-bit mask.
/// </summary>
internal sealed class GroupCounter(Func<string, string?> groupOf, Func<string, string?>? label)
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly int[] _counts = new int[64];
    private ulong[] _segmentMasks = [];

    public void SetNextReader(SortedSetDocValues? set, SortedDocValues? sorted)
    {
        var count = set?.ValueCount ?? sorted?.ValueCount ?? 0;
        _segmentMasks = new ulong[count];
        var bytes = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            if (set is not null) set.LookupOrd(ord, bytes);
            else sorted!.LookupOrd(ord, bytes);
            var group = groupOf(bytes.Utf8ToString()) ?? "";
            if (!_index.TryGetValue(group, out var i))
            {
                // why: beyond 63 groups the extra ones share the last bit; the taxonomy has far fewer.
                i = Math.Min(_names.Count, 63);
                if (_names.Count < 64) { _names.Add(group); }
                _index[group] = i;
            }
            _segmentMasks[ord] = 1UL << i;
        }
    }

    public ulong MaskOf(long ord) => _segmentMasks[ord];

    public void Count(ulong mask)
    {
        while (mask != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(mask);
            _counts[bit]++;
            mask &= mask - 1;
        }
    }

    /// <summary>Adds another counter's group counts (matched by group name: each counter numbers its groups as met).</summary>
    public void Add(GroupCounter other)
    {
        for (var i = 0; i < other._names.Count; i++)
        {
            if (other._counts[i] == 0) continue;
            var name = other._names[i];
            if (!_index.TryGetValue(name, out var mine))
            {
                mine = Math.Min(_names.Count, 63);
                if (_names.Count < 64) { _names.Add(name); }
                _index[name] = mine;
            }
            _counts[mine] += other._counts[i];
        }
    }

    public IReadOnlyList<FacetValue> Results() =>
        _names.Select((name, i) => new FacetValue(name, _counts[i], label?.Invoke(name)))
            .Where(v => v.Count > 0)
            .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
            .ToList();
}
