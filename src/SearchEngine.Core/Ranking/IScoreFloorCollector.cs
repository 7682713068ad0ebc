using Lucene.Net.Search;

namespace SearchEngine.Core.Ranking;

/// <summary>
/// A collector that takes each match's score with it and says below which score a match is only counted, so that a
/// scorer holding every score at once (<see cref="TermAtATimeQuery"/>) hands it only the matches that may enter.
/// </summary>
/// <remarks>
/// why: the first pass goes through every match (~175,000 for a title query at a million papers, more for a
/// more-like-this query) and almost all of them fall below the window's lowest score at once; through
/// <see cref="ICollector.Collect"/> each cost a call to the collector and one back to the scorer for its score
/// (a profile had the relevance collector at 8–9% of a search and of a more-like-this request).
/// </remarks>
internal interface IScoreFloorCollector : ICollector
{
    /// <summary>
    /// Matches scoring below this (or not a number) would only be counted: the scorer may <see cref="Count"/> them
    /// instead. It only rises while a segment is collected; read it again after each <see cref="Collect(int, float)"/>.
    /// </summary>
    float Floor { get; }

    /// <summary>As <see cref="ICollector.Collect"/> for a match whose score is <paramref name="score"/>.</summary>
    void Collect(int doc, float score);

    /// <summary>Counts <paramref name="matches"/> matches of the current segment that score below <see cref="Floor"/>.</summary>
    void Count(int matches);
}
