using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace SearchEngine.Core.Ranking;

/// <summary>
/// The top k of a weighted OR of terms (a more-like-this query), ranked by BM25 score and then by a string
/// tie-break field, computed with MaxScore pruning (Turtle &amp; Flood): documents that cannot enter the top k are
/// skipped without reading most of their postings. Returns exactly the top k that scoring every match gives.
/// </summary>
/// <remarks>
/// <para>
/// why: a more-like-this query ORs 25 terms, many frequent, so it matches most of the index; Lucene.Net 4.8 scores
/// every match (no block-max WAND). Here each term gets an upper bound of its score in the segment (BM25 grows
/// with term frequency and falls with length: the bound is the score of the largest possible frequency in the
/// segment's shortest document). Terms sorted by bound split into "non-essential" ones (together they cannot
/// reach the current k-th score) and essential ones: only documents containing an essential term are visited, and a
/// visit stops as soon as the bounds left cannot lift the document to the k-th score. Pruning is strict (bounds
/// below the k-th score by a safety margin for float rounding) so ties on the score still reach the tie-break.
/// </para>
/// <para>
/// Supported shapes (anything else, or a similarity other than <see cref="BM25Similarity"/>, runs as an ordinary
/// sorted search, so callers may pass any query): a <see cref="BooleanQuery"/> of SHOULD clauses, each a
/// <see cref="TermQuery"/> or again such a disjunction (an RM3-expanded more-like-this query nests the original
/// query), optionally inside a <see cref="BooleanQuery"/> with one MUST or SHOULD clause and MUST_NOT clauses,
/// optionally inside <see cref="FilteredQuery"/>s. Scores are the sum of the terms' BM25 scores, as Lucene computes
/// them (BM25 has no coord and no query norm; each term weighted by the boosts of the disjunctions around it),
/// added per disjunction in clause order; they may differ from Lucene's own in the last float bit because Lucene
/// adds them in another order. <see cref="TopDocs.TotalHits"/> is not the number of
/// matches (pruning does not count them): it is the number of hits returned.
/// </para>
/// </remarks>
public sealed class MaxScoreDisjunction
{
    // why: a document's score is a float sum of up to a few dozen terms, and bounds are summed in another order;
    // this relative margin is orders of magnitude above that rounding, so a pruned document is always below the k-th.
    private const double Margin = 1e-4;

    // Each term with its own boost and the product of the boosts around it (as BooleanWeight.Normalize passes it).
    private readonly List<(Term Term, float Boost, float TopLevelBoost)> _terms = [];
    private readonly List<Filter> _filters = [];
    private readonly List<Query> _excluded = [];
    private Disjunction? _root;

    /// <summary>A disjunction's clauses in order: a term (index into the terms) or a nested disjunction.</summary>
    private sealed class Disjunction
    {
        public List<(int Term, Disjunction? Nested)> Clauses { get; } = [];

        /// <summary>The score as Lucene composes it: each disjunction's float sum in clause order.</summary>
        public float Sum(float[] byTerm)
        {
            float sum = 0;
            foreach (var (term, nested) in Clauses) sum += nested is null ? byTerm[term] : nested.Sum(byTerm);
            return sum;
        }
    }

    private MaxScoreDisjunction() { }

    /// <summary>What the last search visited: documents considered and postings entries read.</summary>
    public readonly record struct Work(long Candidates, long Scored);

    /// <summary>
    /// The top <paramref name="k"/> hits of <paramref name="query"/> by score, ties by <paramref name="tieBreakField"/>
    /// (sorted doc values, ascending): the same as <c>searcher.Search(query, null, k, new Sort(SortField.FIELD_SCORE,
    /// new SortField(tieBreakField, SortFieldType.STRING)), true, false)</c>, with pruning when the query has a
    /// supported shape. Hits are <see cref="FieldDoc"/>s holding the score and the tie-break value.
    /// </summary>
    public static TopDocs Search(IndexSearcher searcher, Query query, int k, string tieBreakField) =>
        Search(searcher, query, k, tieBreakField, prune: true, out _);

    internal static TopDocs Search(IndexSearcher searcher, Query query, int k, string tieBreakField, bool prune, out Work work)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var plan = new MaxScoreDisjunction();
        if (searcher.Similarity is not BM25Similarity bm25 || !plan.Parse(query, 1f) || plan._terms.Count == 0)
        {
            work = default;
            return searcher.Search(query, null, k,
                new Sort(SortField.FIELD_SCORE, new SortField(tieBreakField, SortFieldType.STRING)), doDocScores: true, doMaxScore: false);
        }
        return plan.Run(searcher, bm25, k, tieBreakField, prune, out work);
    }

    private bool Parse(Query query, float boost)
    {
        switch (query)
        {
            case FilteredQuery filtered:
                _filters.Add(filtered.Filter);
                return Parse(filtered.Query, boost * filtered.Boost);
            case BooleanQuery b when IsDisjunction(b):
                if (_root is not null) return false;
                _root = Flatten(b, boost * b.Boost);
                return true;
            case BooleanQuery b when b.MinimumNumberShouldMatch == 0:
                var positive = b.Clauses.Where(c => c.Occur != Occur.MUST_NOT).ToList();
                if (positive.Count != 1) return false;
                _excluded.AddRange(b.Clauses.Where(c => c.Occur == Occur.MUST_NOT).Select(c => c.Query));
                return Parse(positive[0].Query, boost * b.Boost);
            default:
                return false;
        }
    }

    private static bool IsDisjunction(BooleanQuery b) =>
        b.MinimumNumberShouldMatch == 0 && b.Clauses.Count > 0
        && b.Clauses.All(c => c.Occur == Occur.SHOULD && (c.Query is TermQuery || c.Query is BooleanQuery nested && IsDisjunction(nested)));

    private Disjunction Flatten(BooleanQuery b, float topLevelBoost)
    {
        var node = new Disjunction();
        foreach (var c in b.Clauses)
        {
            if (c.Query is TermQuery term)
            {
                node.Clauses.Add((_terms.Count, null));
                _terms.Add((term.Term, term.Boost, topLevelBoost));
            }
            else
            {
                var nested = (BooleanQuery)c.Query;
                node.Clauses.Add((-1, Flatten(nested, topLevelBoost * nested.Boost)));
            }
        }
        return node;
    }

    private sealed class TermPlan(Term term, TermContext states, Similarity.SimWeight weight)
    {
        public Term Term { get; } = term;
        public TermContext States { get; } = states;
        public Similarity.SimWeight Weight { get; } = weight;
    }

    private TopDocs Run(IndexSearcher searcher, BM25Similarity similarity, int k, string tieBreakField, bool prune, out Work work)
    {
        var top = searcher.TopReaderContext;
        var plans = new List<TermPlan>();
        float sumOfSquares = 0;
        foreach (var (term, boost, _) in _terms)
        {
            var states = TermContext.Build(top, term);
            // A term no document has keeps its place (its score is always 0) so that clause indexes stay aligned.
            var weight = similarity.ComputeWeight(boost, searcher.CollectionStatistics(term.Field), searcher.TermStatistics(term, states));
            sumOfSquares += weight.GetValueForNormalization();
            plans.Add(new TermPlan(term, states, weight));
        }
        // As IndexSearcher.CreateNormalizedWeight and BooleanWeight.Normalize do (BM25 ignores the query norm).
        var norm = similarity.QueryNorm(sumOfSquares);
        if (float.IsInfinity(norm) || float.IsNaN(norm)) norm = 1f;
        for (var i = 0; i < plans.Count; i++) plans[i].Weight.Normalize(norm, _terms[i].TopLevelBoost);

        var excludedWeights = _excluded.Select(searcher.CreateNormalizedWeight).ToList();
        var hits = new TopHits(k);
        long candidates = 0, scored = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var segment = new SegmentRun(leaf, plans, _root!, similarity, hits, tieBreakField, prune);
            if (!segment.Restrict(_filters, excludedWeights)) continue;
            segment.Execute();
            candidates += segment.Candidates;
            scored += segment.Scored;
        }
        work = new Work(candidates, scored);
        var docs = hits.Sorted();
        var fields = new[] { SortField.FIELD_SCORE, new SortField(tieBreakField, SortFieldType.STRING) };
        var scoreDocs = docs.Select(h => (ScoreDoc)new FieldDoc(h.Doc, h.Score, [h.Score, h.Id])).ToArray();
        return new TopFieldDocs(scoreDocs.Length, scoreDocs, fields, scoreDocs.Length == 0 ? float.NaN : scoreDocs[0].Score);
    }

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
