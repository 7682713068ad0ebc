namespace SearchEngine.Core.Ranking;

/// <summary>
/// The relevance model of RM3 (Lavrenko and Croft 2001; Abdul-Jaleel et al. 2004): the probability of a term in the
/// documents relevant to a query, estimated from the top documents of a first pass as
/// <c>P(t|R) ∝ Σ_D w(D) · tf(t, D) / |D|</c>, where <c>w(D)</c> is the document's first-pass score normalized over
/// the feedback documents and <c>|D|</c> its length in (kept) terms. Pure: no Lucene, unit-tested by hand.
/// </summary>
public static class RelevanceModel
{
    /// <summary>
    /// The <paramref name="count"/> most probable terms (ties in ordinal order), renormalized to sum to 1.
    /// Terms rejected by <paramref name="keep"/> count neither as candidates nor in document lengths.
    /// </summary>
    public static IReadOnlyList<WeightedTerm> Estimate(IReadOnlyList<FeedbackDocument> documents, int count,
        Func<string, bool> keep)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (documents.Count == 0) return [];
        var total = documents.Sum(d => Math.Max(d.Score, 0));
        var probabilities = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            // why: with no positive score the documents are equally likely to be relevant.
            var weight = total > 0 ? Math.Max(doc.Score, 0) / total : 1.0 / documents.Count;
            var kept = doc.TermFrequencies.Where(t => t.Value > 0 && keep(t.Key)).ToList();
            double length = kept.Sum(t => t.Value);
            if (weight == 0 || length == 0) continue;
            foreach (var (term, tf) in kept)
            {
                probabilities[term] = probabilities.GetValueOrDefault(term) + weight * tf / length;
            }
        }
        var top = probabilities.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count).ToList();
        var sum = top.Sum(p => p.Value);
        return sum == 0 ? [] : top.Select(p => new WeightedTerm(p.Key, p.Value / sum)).ToList();
    }
}
