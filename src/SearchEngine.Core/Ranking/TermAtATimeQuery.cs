using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchEngine.Core.Ranking;

/// <summary>
/// A disjunction scored term at a time: per segment, each term's postings are read once, straight into an array of
/// scores and a bit set of matches, and then every match is handed to the collectors in document order with its
/// score. Same matches and the same scores, to the bit, as Lucene's own scorers for the query it wraps; built for the
/// pass that must see every match anyway (the exact total, facet counts, the feedback window).
/// </summary>
/// <remarks>
/// <para>
/// why: measured at a million papers, Lucene.Net 4.8's <c>BooleanScorer</c> took 43 ms for a title query only to count
/// its ~175,000 matches (one thread): every posting goes through a scorer, a bucket table and a collector per clause
/// per field. Reading the same postings into a bit set took 7.8 ms. Here a posting costs a decode, a score and an add
/// into a flat array.
/// </para>
/// <para>
/// Supported shape, anything else is left to Lucene (<see cref="Wrap"/> returns it unchanged): a
/// <see cref="BooleanQuery"/> of SHOULD clauses (and MUST_NOT clauses), optionally inside
/// <see cref="FilteredQuery"/>s. A SHOULD clause that is a <see cref="TermQuery"/> or again a disjunction of
/// SHOULD clauses is read term at a time; any other clause (a phrase, an expanded prefix) is scored by its own
/// Lucene scorer and added in its place. Scores are added level by level in the order and precision of Lucene's
/// <c>BooleanScorer</c> (the scorer of a disjunction whose matches may be collected out of order, as every ranked
/// search here collects them), so the sums are the same to the bit; BM25 has no coord and no query norm, which is why
/// the similarity must be <see cref="BM25Similarity"/> (with another, the wrapped query is searched as it is).
/// </para>
/// </remarks>
public sealed partial class TermAtATimeQuery : Query
{
    private readonly Query _inner;

    private TermAtATimeQuery(Query inner) => _inner = inner;

    /// <summary>The query it scores.</summary>
    public Query Inner => _inner;

    /// <summary>
    /// <paramref name="query"/> scored term at a time when it has a supported shape; else <paramref name="query"/>
    /// itself. A searcher that does not rank by BM25 searches the wrapped query as Lucene does.
    /// </summary>
    public static Query Wrap(Query query) => IsSupported(query) ? new TermAtATimeQuery(query) : query;

    /// <summary>Whether <paramref name="query"/> is a disjunction this query can score (see the remarks).</summary>
    public static bool IsSupported(Query query) => query switch
    {
        FilteredQuery filtered => IsSupported(filtered.Query),
        BooleanQuery b => IsDisjunction(b, allowExclusions: true),
        _ => false,
    };

    private static bool IsDisjunction(BooleanQuery b, bool allowExclusions) =>
        b.MinimumNumberShouldMatch == 0
        && b.Clauses.Any(c => c.Occur == Occur.SHOULD)
        && b.Clauses.All(c => c.Occur == Occur.SHOULD || (allowExclusions && c.Occur == Occur.MUST_NOT));

    public override Query Rewrite(IndexReader reader)
    {
        // why: the inner query's multi-term clauses (prefixes, fuzzy words) become term disjunctions here, and a
        // disjunction of one clause becomes that clause; whatever the result, it is still scored by its own plan.
        var rewritten = _inner.Rewrite(reader);
        return ReferenceEquals(rewritten, _inner) ? this : new TermAtATimeQuery(rewritten) { Boost = Boost };
    }

    public override Weight CreateWeight(IndexSearcher searcher) =>
        searcher.Similarity is BM25Similarity ? new AccumulatingWeight(this, searcher) : _inner.CreateWeight(searcher);

    public override void ExtractTerms(ISet<Term> terms) => _inner.ExtractTerms(terms);

    public override string ToString(string field) => $"TermAtATime({_inner.ToString(field)})";

    public override bool Equals(object? obj) =>
        obj is TermAtATimeQuery other && other._inner.Equals(_inner) && other.Boost == Boost;

    public override int GetHashCode() => HashCode.Combine(_inner, Boost, nameof(TermAtATimeQuery));
}
