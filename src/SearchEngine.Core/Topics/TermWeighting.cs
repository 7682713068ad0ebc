namespace SearchEngine.Core.Topics;

/// <summary>Turns analyzed papers into tf-idf vectors over the vocabulary of the IDF sample.</summary>
internal sealed class TermWeighting(IReadOnlyDictionary<string, int> termIds, double[] idf, double titleWeight)
{
    /// <summary>Number of distinct terms (term ids are 0 … TermCount − 1).</summary>
    public int TermCount => idf.Length;

    /// <summary>tf-idf with sublinear tf (log(1 + tf)) and weighted title occurrences; strongest <paramref name="maxTerms"/> kept, unit length.</summary>
    public SparseVector Vectorize(AnalyzedPaper paper, int maxTerms)
    {
        var tf = new Dictionary<int, double>();
        Add(paper.Title, titleWeight);
        Add(paper.Abstract, 1);
        foreach (var id in tf.Keys.ToArray()) tf[id] = Math.Log(1 + tf[id]) * idf[id];
        return SparseVector.TopTerms(tf, maxTerms);

        void Add(IReadOnlyList<string> terms, double weight)
        {
            foreach (var term in terms)
            {
                // why: a term unseen in the IDF sample cannot occur in any pool paper (the pool is part of the
                // sample), so it cannot change which neighbours are found, and the vote is normalized, so it
                // cannot change the shares either.
                if (termIds.TryGetValue(term, out var id)) tf[id] = tf.GetValueOrDefault(id) + weight;
            }
        }
    }

    /// <summary>Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1, always positive.</summary>
    public static double Idf(int documents, int df) => Math.Log((documents + 1.0) / (df + 1.0)) + 1.0;
}
