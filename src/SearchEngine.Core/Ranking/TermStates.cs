using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchEngine.Core.Indexing;

namespace SearchEngine.Core.Ranking;

/// <summary>
/// A term's per-segment states and statistics (<see cref="TermContext"/>), looked up once per index snapshot and
/// then shared by every request and thread that searches it: the term-at-a-time pass, MaxScore and the feedback
/// re-scoring take their terms' states from here.
/// </summary>
/// <remarks>
/// <para>
/// why: looking a term up walks the terms index and loads a block of the terms dictionary in every segment (a few
/// system calls each); at a million papers a search looks up its words, then its 20 feedback terms in two fields,
/// each in every segment. Queries share words (the feedback terms of one topic recur in every query about it), so
/// most lookups repeat: in a profile of ~1,300 bench-shaped searches at a million papers, term lookups fell from 6.0%
/// to 1.9% of the samples.
/// </para>
/// <para>
/// Exact: a snapshot's segments never change, so a cached state is the state a new lookup would find; the cache
/// belongs to the snapshot (<see cref="SnapshotCache{TKey, TValue}"/>, bounded at <see cref="MaxTerms"/> terms); a
/// <see cref="TermContext"/> is only read once built, so threads may share it.
/// </para>
/// </remarks>
internal static class TermStates
{
    /// <summary>Terms kept per snapshot (about 600 bytes each at a million papers in five segments: 12 MB at most).</summary>
    public const int MaxTerms = 20_000;

    private static readonly SnapshotCache<Term, TermContext> Cache = new(MaxTerms);

    /// <summary>The states of <paramref name="term"/> in the snapshot <paramref name="top"/> (a top-level context).</summary>
    public static TermContext Of(IndexReaderContext top, Term term) =>
        // why a copy of the key: the caller's term may wrap bytes it reuses; a key must not change.
        Cache.Get(top, term, t => TermContext.Build(top, t), t => new Term(t.Field, BytesRef.DeepCopyOf(t.Bytes)));
}
