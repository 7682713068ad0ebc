namespace SearchEngine.Core.Snippets;

/// <summary>Chooses the run of matched spans a snippet is built around.</summary>
internal static class BestCluster
{
    /// <summary>
    /// The indices (first, last) of the run of <paramref name="spans"/> that fits in <paramref name="maxChars"/>
    /// and covers the most distinct matched terms, then the most matches; the earliest such run on ties.
    /// </summary>
    /// <remarks>
    /// why distinct terms first: for <c>graph neural network</c>, a sentence with all three words is a better
    /// preview than one that repeats "network" five times.
    /// </remarks>
    public static (int First, int Last) Find(IReadOnlyList<MatchSpan> spans, int maxChars)
    {
        var best = (First: 0, Last: 0);
        int bestDistinct = 0, bestCount = 0;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var first = 0; first < spans.Count; first++)
        {
            keys.Clear();
            for (var last = first; last < spans.Count; last++)
            {
                // A single match longer than the window still forms a (one-span) cluster.
                if (last > first && spans[last].End - spans[first].Start > maxChars) break;
                keys.Add(spans[last].Key);
                var count = last - first + 1;
                if (keys.Count > bestDistinct || (keys.Count == bestDistinct && count > bestCount))
                {
                    best = (first, last);
                    bestDistinct = keys.Count;
                    bestCount = count;
                }
            }
        }
        return best;
    }
}
