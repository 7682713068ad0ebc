using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// Values computed from one index snapshot (a top-level reader) and kept for the requests that search it: bounded,
/// held weakly by the snapshot (a new snapshot after a write starts empty; the old one goes with its reader), safe
/// for concurrent use. What may go in: values that are a pure function of the snapshot and the key, and that no
/// caller changes (so threads may share them).
/// </summary>
/// <remarks>
/// Bounded the crude way: past the capacity it starts again. Lookups that repeat within a request or between close
/// requests (the case these caches are for) still hit; a stream of distinct keys cannot grow it.
/// </remarks>
internal sealed class SnapshotCache<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly ConditionalWeakTable<IndexReaderContext, Table> _tables = new();

    // why a count of its own: ConcurrentDictionary.Count takes every lock of the table, on every miss.
    internal sealed class Table
    {
        public readonly ConcurrentDictionary<TKey, TValue> Entries = new();
        public int Count;
    }

    /// <summary>Entries kept per snapshot.</summary>
    public int Capacity { get; } = capacity;

    /// <summary>
    /// The value of <paramref name="key"/> in the snapshot <paramref name="top"/> (a top-level context):
    /// <paramref name="create"/>'s, computed on the first request (two racing requests may both compute it; one
    /// value is kept). <paramref name="keyToKeep"/> makes the stored key (a copy of a key the caller may reuse).
    /// </summary>
    public TValue Get(IndexReaderContext top, TKey key, Func<TKey, TValue> create, Func<TKey, TKey>? keyToKeep = null)
    {
        if (TryGet(top, key, out var value)) return value;
        value = create(key);
        Add(top, keyToKeep is null ? key : keyToKeep(key), value);
        return value;
    }

    /// <summary>The kept value of <paramref name="key"/> in the snapshot <paramref name="top"/>, if any.</summary>
    public bool TryGet(IndexReaderContext top, TKey key, out TValue value) => TableOf(top).Entries.TryGetValue(key, out value!);

    /// <summary>Keeps <paramref name="value"/> for <paramref name="key"/> (for a caller that computes a batch at once).</summary>
    public void Add(IndexReaderContext top, TKey key, TValue value) => Add(TableOf(top), key, value);

    /// <summary>
    /// The entries of the snapshot <paramref name="top"/>, for a caller that looks up many keys at once (the snapshot's
    /// table is found once, not per key).
    /// </summary>
    public Snapshot For(IndexReaderContext top) => new(this, TableOf(top));

    /// <summary>One snapshot's entries (see <see cref="For"/>).</summary>
    public readonly struct Snapshot
    {
        private readonly SnapshotCache<TKey, TValue> _cache;
        private readonly Table _table;

        internal Snapshot(SnapshotCache<TKey, TValue> cache, Table table) => (_cache, _table) = (cache, table);

        public bool TryGet(TKey key, out TValue value) => _table.Entries.TryGetValue(key, out value!);

        public void Add(TKey key, TValue value) => _cache.Add(_table, key, value);
    }

    private void Add(Table table, TKey key, TValue value)
    {
        if (Volatile.Read(ref table.Count) >= Capacity)
        {
            // Racing threads may each clear it: the bound is approximate, the values are still right.
            table.Entries.Clear();
            Interlocked.Exchange(ref table.Count, 0);
        }
        if (table.Entries.TryAdd(key, value)) Interlocked.Increment(ref table.Count);
    }

    private Table TableOf(IndexReaderContext top) => _tables.GetValue(top, _ => new Table());
}
