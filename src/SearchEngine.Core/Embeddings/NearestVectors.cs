using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchEngine.Core.Embeddings;

/// <summary>
/// Exact top-k by cosine over segments of int8 vectors: the scan <see cref="PaperVectors.Nearest"/> runs on every
/// segment (and the vector benchmark runs on synthetic ones). Best first, ties by doc id. Not thread-safe.
/// </summary>
internal sealed class NearestVectors(int k)
{
    // why: a min-heap of the best k; the worst kept hit sits on top, ordered by score then by larger doc id.
    private readonly PriorityQueue<ScoreDoc, (float Score, int NegDoc)> _heap = new();

    /// <summary>
    /// Scores every document of one segment that <paramref name="allowed"/> lists (null: all), that is live and has
    /// a vector, except global doc <paramref name="excludeDoc"/>.
    /// </summary>
    public void Scan(SegmentVectors vectors, QuantizedVector query, int docBase, IBits? live, DocIdSetIterator? allowed,
        int excludeDoc = -1)
    {
        var maxDoc = vectors.Count;
        var doc = allowed?.NextDoc() ?? 0;
        while (doc != DocIdSetIterator.NO_MORE_DOCS && doc < maxDoc)
        {
            var global = docBase + doc;
            if ((live is null || live.Get(doc)) && vectors.Has(doc) && global != excludeDoc)
            {
                var score = vectors.Score(doc, query);
                var priority = (score, -global);
                if (_heap.Count < k) _heap.Enqueue(new ScoreDoc(global, score), priority);
                else if (_heap.TryPeek(out _, out var worst) && priority.CompareTo(worst) > 0)
                {
                    _heap.EnqueueDequeue(new ScoreDoc(global, score), priority);
                }
            }
            doc = allowed?.NextDoc() ?? doc + 1;
        }
    }

    /// <summary>The hits kept, best first (empties the heap).</summary>
    public List<ScoreDoc> Take()
    {
        var result = new List<ScoreDoc>(_heap.Count);
        while (_heap.Count > 0) result.Add(_heap.Dequeue());
        result.Reverse();
        return result;
    }
}
