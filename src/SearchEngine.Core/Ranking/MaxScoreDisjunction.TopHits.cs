using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace SearchEngine.Core.Ranking;

// The top-k queue of MaxScoreDisjunction: score descending, then the tie-break value ascending.
public sealed partial class MaxScoreDisjunction
{
    /// <summary>One hit in the top k: global doc id, score, tie-break value.</summary>
    private readonly record struct Hit(int Doc, float Score, BytesRef Id);

    /// <summary>The k best hits so far (score descending, then tie-break value ascending) and the k-th score.</summary>
    private sealed class TopHits(int k)
    {
        // The worst hit is dequeued first: lowest score, then largest tie-break value.
        private readonly PriorityQueue<Hit, Hit> _queue = new(Comparer<Hit>.Create(Worse));

        public bool IsFull => _queue.Count == k;

        /// <summary>The k-th score once k hits are held; pruning may skip only documents scoring below it.</summary>
        public float Threshold => IsFull ? _queue.Peek().Score : float.NegativeInfinity;

        private static int Worse(Hit a, Hit b) =>
            a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Id.CompareTo(a.Id);

        /// <summary>Offers a hit; <paramref name="id"/> is read only when the hit could enter.</summary>
        public bool Offer(int doc, float score, Func<BytesRef> id)
        {
            if (!IsFull)
            {
                var hit = new Hit(doc, score, id());
                _queue.Enqueue(hit, hit);
                return true;
            }
            var worst = _queue.Peek();
            if (score < worst.Score) return false;
            var candidate = new Hit(doc, score, id());
            if (Worse(candidate, worst) <= 0) return false;
            _queue.DequeueEnqueue(candidate, candidate);
            return true;
        }

        public List<Hit> Sorted()
        {
            var list = _queue.UnorderedItems.Select(e => e.Element).ToList();
            list.Sort((a, b) => Worse(b, a));
            return list;
        }
    }
}
