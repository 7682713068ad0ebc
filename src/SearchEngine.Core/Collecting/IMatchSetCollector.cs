using Lucene.Net.Search;

namespace SearchEngine.Core.Collecting;

/// <summary>
/// A collector that takes a segment's matches all at once, as a bit set with a score per document, from a scorer that
/// holds them that way (<c>Ranking/TermAtATimeQuery</c>), instead of one <see cref="ICollector.Collect"/> call per match.
/// </summary>
/// <remarks>
/// why: the first pass goes through every match (~175,000 for a title query at a million papers, more for a
/// more-like-this query), and almost all of them fall below the window's lowest score at once; one by one, each
/// cost a call to the collector, one back to the scorer for its score, and one per facet counter through a
/// <see cref="MultiCollector"/> (a profile had the relevance collector at 8–9% of a search and of a more-like-this
/// request, the facet counters at 14% of a faceted search). Given the whole set, a collector runs its own loop.
/// </remarks>
internal interface IMatchSetCollector : ICollector
{
    /// <summary>
    /// Every match of the current segment, in place of <see cref="ICollector.Collect"/> for each (after
    /// <see cref="ICollector.SetNextReader"/> and <see cref="ICollector.SetScorer"/>): document d matches when bit
    /// d % 64 of <paramref name="matches"/>[d / 64] is set, and <c>(float)</c><paramref name="scores"/>[d] is its score.
    /// </summary>
    void CollectAll(ReadOnlySpan<long> matches, double[] scores);
}
