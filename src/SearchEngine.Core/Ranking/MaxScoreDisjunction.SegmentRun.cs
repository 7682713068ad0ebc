using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace SearchEngine.Core.Ranking;

// MaxScoreDisjunction on one segment: essential/non-essential terms, early stop on the bounds left.
public sealed partial class MaxScoreDisjunction
{
    /// <summary>MaxScore over one segment.</summary>
    private sealed class SegmentRun
    {
        private readonly AtomicReaderContext _leaf;
        private readonly List<TermPlan> _plans;
        private readonly Disjunction _root;
        private readonly BM25Similarity _similarity;
        private readonly TopHits _hits;
        private readonly string _tieBreakField;
        private readonly bool _prune;
        private FixedBitSet? _accepted;
        private FixedBitSet? _rejected;

        public SegmentRun(AtomicReaderContext leaf, List<TermPlan> plans, Disjunction root, BM25Similarity similarity,
            TopHits hits, string tieBreakField, bool prune)
        {
            (_leaf, _plans, _root, _similarity, _hits, _tieBreakField, _prune) = (leaf, plans, root, similarity, hits, tieBreakField, prune);
        }

        public long Candidates { get; private set; }
        public long Scored { get; private set; }

        /// <summary>Materializes filters and exclusions as bit sets; false when the filters leave no document here.</summary>
        public bool Restrict(List<Filter> filters, List<Weight> excluded)
        {
            var reader = _leaf.AtomicReader;
            foreach (var filter in filters)
            {
                var iterator = filter.GetDocIdSet(_leaf, reader.LiveDocs)?.GetIterator();
                if (iterator is null) return false;
                var bits = new FixedBitSet(reader.MaxDoc);
                bits.Or(iterator);
                if (_accepted is null) _accepted = bits;
                else _accepted.And(bits);
            }
            foreach (var weight in excluded)
            {
                var scorer = weight.GetScorer(_leaf, reader.LiveDocs);
                if (scorer is null) continue;
                _rejected ??= new FixedBitSet(reader.MaxDoc);
                int doc;
                while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS) _rejected.Set(doc);
            }
            return true;
        }

        public void Execute()
        {
            var reader = _leaf.AtomicReader;
            var postings = new List<DocsEnum>();
            var scorers = new List<Similarity.SimScorer>();
            var bounds = new List<double>();
            var clause = new List<int>();
            for (var i = 0; i < _plans.Count; i++)
            {
                var plan = _plans[i];
                var state = plan.States.Get(_leaf.Ord);
                if (state is null) continue;
                var termsEnum = reader.GetTerms(plan.Term.Field)!.GetEnumerator();
                termsEnum.SeekExact(plan.Term.Bytes, state);
                // why: a field indexed without frequencies (author keys) reports no total and a frequency of 1.
                var maxFreq = termsEnum.TotalTermFreq >= 0 ? termsEnum.TotalTermFreq - termsEnum.DocFreq + 1
                    : reader.FieldInfos.FieldInfo(plan.Term.Field)?.IndexOptions == IndexOptions.DOCS_ONLY ? 1 : 1 << 20;
                var docs = termsEnum.Docs(reader.LiveDocs, null, DocsFlags.FREQS);
                if (docs is null) continue;
                var scorer = _similarity.GetSimScorer(plan.Weight, _leaf);
                postings.Add(docs);
                scorers.Add(scorer);
                bounds.Add(scorer.Score(ShortestDocument.Of(reader, plan.Term.Field), maxFreq));
                clause.Add(i);
            }
            var n = postings.Count;
            if (n == 0) return;

            // Terms by ascending bound; upTo[j] = bound of terms order[0..j] together.
            var order = Enumerable.Range(0, n).OrderBy(j => bounds[j]).ThenBy(j => clause[j]).ToArray();
            var upTo = new double[n];
            double sum = 0;
            for (var j = 0; j < n; j++)
            {
                sum += bounds[order[j]];
                upTo[j] = sum;
            }
            var current = new int[n];
            for (var j = 0; j < n; j++) current[j] = postings[order[j]].NextDoc();
            var partScores = new float[n];
            var byClause = new float[_plans.Count];

            var ids = _leaf.AtomicReader.GetSortedDocValues(_tieBreakField);
            var docBase = _leaf.DocBase;
            var firstEssential = FirstEssential(upTo, 0);
            while (firstEssential < n)
            {
                var doc = DocIdSetIterator.NO_MORE_DOCS;
                for (var j = firstEssential; j < n; j++) doc = Math.Min(doc, current[j]);
                if (doc == DocIdSetIterator.NO_MORE_DOCS) break;

                var allowed = (_accepted is null || _accepted.Get(doc)) && (_rejected is null || !_rejected.Get(doc));
                double known = 0;
                for (var j = firstEssential; j < n; j++)
                {
                    partScores[j] = 0;
                    if (current[j] != doc) continue;
                    if (allowed)
                    {
                        var docs = postings[order[j]];
                        partScores[j] = scorers[order[j]].Score(doc, docs.Freq);
                        known += partScores[j];
                        Scored++;
                    }
                    current[j] = postings[order[j]].NextDoc();
                }
                if (!allowed) continue;
                Candidates++;

                // Non-essential terms, largest bound first, while they can still lift the document to the k-th score.
                var threshold = _prune ? _hits.Threshold : float.NegativeInfinity;
                var complete = true;
                for (var j = firstEssential - 1; j >= 0; j--)
                {
                    partScores[j] = 0;
                    if (Below(known + upTo[j], threshold)) { complete = false; break; }
                    if (current[j] < doc) current[j] = postings[order[j]].Advance(doc);
                    if (current[j] == doc)
                    {
                        partScores[j] = scorers[order[j]].Score(doc, postings[order[j]].Freq);
                        known += partScores[j];
                        Scored++;
                    }
                }
                if (!complete) continue;

                // The score as float sums in clause order: the same whatever was pruned.
                Array.Clear(byClause);
                for (var j = 0; j < n; j++) byClause[clause[order[j]]] = partScores[j];
                var score = _root.Sum(byClause);
                if (_hits.Offer(docBase + doc, score, () => IdOf(ids, doc)) && _prune)
                {
                    firstEssential = FirstEssential(upTo, firstEssential);
                }
            }
        }

        /// <summary>The first term that must be visited: the terms before it cannot reach the k-th score together.</summary>
        private int FirstEssential(double[] upTo, int from)
        {
            if (!_prune) return 0;
            var threshold = _hits.Threshold;
            var j = from;
            while (j < upTo.Length && Below(upTo[j], threshold)) j++;
            return j;
        }

        /// <summary>Whether a score of at most <paramref name="bound"/> is surely below <paramref name="threshold"/>, rounding included.</summary>
        private static bool Below(double bound, float threshold) => bound * (1 + Margin) + 1e-9 < threshold;

        private static BytesRef IdOf(SortedDocValues? ids, int doc)
        {
            var bytes = new BytesRef();
            if (ids is null) return bytes;
            var ord = ids.GetOrd(doc);
            if (ord < 0) return bytes;
            ids.LookupOrd(ord, bytes);
            return BytesRef.DeepCopyOf(bytes);
        }
    }

    /// <summary>
    /// Per segment and field, a document with the shortest field (largest BM25 norm byte): where a term's score is
    /// highest for a given frequency. Found once per segment core, then cached.
    /// </summary>
    private static class ShortestDocument
    {
        private static readonly ConditionalWeakTable<object, Dictionary<string, int>> Cache = new();

        public static int Of(AtomicReader reader, string field)
        {
            var perSegment = Cache.GetValue(reader.CoreCacheKey, _ => new Dictionary<string, int>(StringComparer.Ordinal));
            lock (perSegment)
            {
                if (perSegment.TryGetValue(field, out var doc)) return doc;
                doc = 0;
                var norms = reader.GetNormValues(field);
                if (norms is not null)
                {
                    var best = -1;
                    for (var d = 0; d < reader.MaxDoc; d++)
                    {
                        // why: BM25 decodes the norm byte as unsigned; a larger byte is a shorter field.
                        var b = (int)(norms.Get(d) & 0xFF);
                        if (b > best) (best, doc) = (b, d);
                    }
                }
                perSegment[field] = doc;
                return doc;
            }
        }
    }
}
