using System.Buffers;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using SearchEngine.Core.Collecting;
using SearchEngine.Core.Limits;

namespace SearchEngine.Core.Ranking;

// The weight of a TermAtATimeQuery: one segment's scores accumulated term at a time, then handed out as a scorer.
public sealed partial class TermAtATimeQuery
{
    private sealed class AccumulatingWeight : Weight
    {
        private readonly TermAtATimeQuery _query;
        private readonly IndexSearcher _searcher;
        private readonly BM25Similarity _similarity;
        private readonly Plan _plan;
        private readonly int _levels;

        public AccumulatingWeight(TermAtATimeQuery query, IndexSearcher searcher)
        {
            _query = query;
            _searcher = searcher;
            _similarity = (BM25Similarity)searcher.Similarity;
            _plan = new Plan(searcher, query._inner, query.Boost);
            _levels = _plan.Root.Depth;
        }

        public override Query Query => _query;

        public override bool ScoresDocsOutOfOrder => false;

        public override float GetValueForNormalization() => _plan.Root.ValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost)
        {
            _plan.Root.Normalize(norm, topLevelBoost);
            foreach (var excluded in _plan.Excluded) excluded.Normalize(norm, topLevelBoost);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc) =>
            // The scores are Lucene's own: its explanation of the wrapped query is the explanation.
            _searcher.CreateNormalizedWeight(_query._inner).Explain(context, doc);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var reader = context.AtomicReader;
            var maxDoc = reader.MaxDoc;
            var words = Bits.Words(maxDoc);
            var buffers = Buffers.Rent(_levels, maxDoc);
            // An exception leaves the buffers to the garbage collector: they are not known to be zero.
            Accumulate(context, acceptDocs, _plan.Root, 0, buffers);
            if (!Restrict(context, acceptDocs, buffers.Scores[0], buffers.Matches[0], words))
            {
                buffers.Return();
                return null;
            }
            return new AccumulatedScorer(this, buffers);
        }

        /// <summary>
        /// The segment's matches for a collector: all at once to a collector that takes them so
        /// (<see cref="IMatchSetCollector"/>), else one by one in document order.
        /// </summary>
        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits? acceptDocs) =>
            GetScorer(context, acceptDocs) is AccumulatedScorer scorer ? new AccumulatedBulkScorer(scorer) : null;

        /// <summary>Adds <paramref name="sum"/>'s score of every document it matches into the buffers of <paramref name="level"/>.</summary>
        private void Accumulate(AtomicReaderContext context, IBits? acceptDocs, SumNode sum, int level, Buffers buffers)
        {
            var into = buffers.Scores[level];
            var matched = buffers.Matches[level];
            // why: Lucene's BooleanScorer links its clauses' scorers by prepending them, so it adds their scores in
            // reverse clause order, in a double, rounded to a float once per disjunction; so does this.
            for (var c = sum.Children.Count - 1; c >= 0; c--)
            {
                // why: the whole segment is scored before its first match is collected (where the collector checks
                // the request's budget); a query of many expanded words must still stop when its time is spent.
                SearchBudget.Check();
                var child = sum.Children[c];
                switch (child)
                {
                    case TermNode term:
                        AddTerm(context, acceptDocs, term, into, matched);
                        break;
                    case WeightNode clause when clause.Weight.GetScorer(context, acceptDocs) is { } scorer:
                        int d;
                        while ((d = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                        {
                            into[d] += scorer.GetScore();
                            matched[d >> 6] |= 1L << d;
                        }
                        break;
                    case SumNode nested:
                        // why: Lucene adds a nested disjunction's score as one number (its own sum, rounded to a
                        // float); summing it apart first and adding it then keeps the sums the same.
                        Accumulate(context, acceptDocs, nested, level + 1, buffers);
                        FoldInto(buffers.Scores[level + 1], buffers.Matches[level + 1], into, matched, buffers.Words);
                        break;
                }
            }
        }

        private void AddTerm(AtomicReaderContext context, IBits? acceptDocs, TermNode term, double[] into, long[] matched)
        {
            if (term.States.Get(context.Ord) is not { } state) return;
            var termsEnum = context.AtomicReader.GetTerms(term.Term.Field)!.GetEnumerator();
            termsEnum.SeekExact(term.Term.Bytes, state);
            var docs = termsEnum.Docs(acceptDocs, null, DocsFlags.FREQS);
            if (docs is null) return;
            var scorer = _similarity.GetSimScorer(term.Weight, context);
            int d;
            while ((d = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                into[d] += scorer.Score(d, docs.Freq);
                matched[d >> 6] |= 1L << d;
            }
        }

        /// <summary>Adds the nested sum's scores into its parent's and clears the nested buffers for the next use.</summary>
        private static void FoldInto(double[] nested, long[] nestedMatches, double[] into, long[] matched, int words)
        {
            for (var w = 0; w < words; w++)
            {
                var bits = nestedMatches[w];
                if (bits == 0) continue;
                matched[w] |= bits;
                nestedMatches[w] = 0;
                while (bits != 0)
                {
                    var d = (w << 6) + BitOperations.TrailingZeroCount(bits);
                    into[d] += (float)nested[d];
                    nested[d] = 0;
                    bits &= bits - 1;
                }
            }
        }

        /// <summary>
        /// Removes excluded and filtered-out documents from the matches, zeroing their scores (the buffers go back to
        /// the pool zeroed); false when no document is left possible.
        /// </summary>
        private bool Restrict(AtomicReaderContext context, IBits? acceptDocs, double[] scores, long[] matched, int words)
        {
            var maxDoc = context.AtomicReader.MaxDoc;
            foreach (var filter in _plan.Filters)
            {
                var iterator = filter.GetDocIdSet(context, acceptDocs)?.GetIterator();
                if (iterator is null) return false;
                var allowed = new FixedBitSet(maxDoc);
                allowed.Or(iterator);
                var bits = allowed.GetBits();
                for (var w = 0; w < words; w++)
                {
                    for (var removed = matched[w] & ~bits[w]; removed != 0; removed &= removed - 1)
                    {
                        scores[(w << 6) + BitOperations.TrailingZeroCount(removed)] = 0;
                    }
                    matched[w] &= bits[w];
                }
            }
            foreach (var excluded in _plan.Excluded)
            {
                if (excluded.GetScorer(context, acceptDocs) is not { } scorer) continue;
                int d;
                while ((d = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    matched[d >> 6] &= ~(1L << d);
                    scores[d] = 0;
                }
            }
            return true;
        }
    }

    /// <summary>
    /// One segment's score arrays and match bit sets, one pair per level of nested sums, from pools that hold only
    /// zeroed arrays: a level's arrays are cleared where they were written (nested levels as they are folded into
    /// their parent, the top level when its scorer is done), never whole.
    /// </summary>
    /// <remarks>
    /// why: at a million papers the two levels of a title query are 16 MB of doubles; clearing them whole for every
    /// query cost more than the matches they hold.
    /// </remarks>
    private sealed class Buffers
    {
        private static readonly ArrayPool<double> ScorePool = ArrayPool<double>.Create(maxArrayLength: 1 << 27, maxArraysPerBucket: 16);
        private static readonly ArrayPool<long> MatchPool = ArrayPool<long>.Create(maxArrayLength: 1 << 22, maxArraysPerBucket: 16);
        private bool _returned;

        private Buffers(int levels, int maxDoc)
        {
            MaxDoc = maxDoc;
            Words = Bits.Words(maxDoc);
            Scores = new double[levels][];
            Matches = new long[levels][];
            for (var level = 0; level < levels; level++)
            {
                Scores[level] = ScorePool.Rent(Math.Max(1, maxDoc));
                Matches[level] = MatchPool.Rent(Math.Max(1, Words));
            }
        }

        public static Buffers Rent(int levels, int maxDoc) => new(levels, maxDoc);

        public double[][] Scores { get; }
        public long[][] Matches { get; }
        public int MaxDoc { get; }
        public int Words { get; }

        /// <summary>Zeroes what the top level holds (nested levels are zero once folded) and returns every array.</summary>
        public void Return()
        {
            if (_returned) return;
            _returned = true;
            var scores = Scores[0];
            var matches = Matches[0];
            for (var w = 0; w < Words; w++)
            {
                for (var bits = matches[w]; bits != 0; bits &= bits - 1) scores[(w << 6) + BitOperations.TrailingZeroCount(bits)] = 0;
                matches[w] = 0;
            }
            foreach (var s in Scores) ScorePool.Return(s);
            foreach (var m in Matches) MatchPool.Return(m);
        }
    }

    private static class Bits
    {
        public static int Words(int maxDoc) => (maxDoc + 63) >> 6;
    }

    /// <summary>Hands a segment's matches to a collector (see <see cref="AccumulatingWeight.GetBulkScorer"/>).</summary>
    private sealed class AccumulatedBulkScorer(AccumulatedScorer scorer) : BulkScorer
    {
        public override bool Score(ICollector collector, int max)
        {
            collector.SetScorer(scorer);
            if (collector is IMatchSetCollector all && max == DocIdSetIterator.NO_MORE_DOCS && scorer.DocID < 0)
            {
                scorer.CollectAll(all);
                return false;
            }
            var doc = scorer.DocID < 0 ? scorer.NextDoc() : scorer.DocID;
            for (; doc < max; doc = scorer.NextDoc()) collector.Collect(doc);
            return doc != DocIdSetIterator.NO_MORE_DOCS;
        }
    }

    /// <summary>The matches of one segment in document order, each with its accumulated score.</summary>
    private sealed class AccumulatedScorer(Weight weight, Buffers buffers) : Scorer(weight)
    {
        private readonly double[] _scores = buffers.Scores[0];
        private readonly long[] _matches = buffers.Matches[0];
        private int _doc = -1;
        private int _word = -1;
        private long _bits;

        public override int DocID => _doc;

        public override int Freq => 1;

        public override float GetScore() => (float)_scores[_doc];

        public override int NextDoc()
        {
            while (_bits == 0)
            {
                if (_word >= buffers.Words) return _doc = NO_MORE_DOCS;
                if (++_word >= buffers.Words)
                {
                    // why: every caller stops at NO_MORE_DOCS; the arrays go back to the pool for the next segment.
                    buffers.Return();
                    return _doc = NO_MORE_DOCS;
                }
                _bits = _matches[_word];
            }
            _doc = (_word << 6) + BitOperations.TrailingZeroCount(_bits);
            _bits &= _bits - 1;
            return _doc;
        }

        public override int Advance(int target)
        {
            if (_doc == NO_MORE_DOCS) return NO_MORE_DOCS;
            if (target >= buffers.MaxDoc)
            {
                _word = buffers.Words - 1;
                _bits = 0;
                return NextDoc();
            }
            // The rest of the target's word from the target on; NextDoc goes on from the word after it.
            _word = target >> 6;
            _bits = _matches[_word] & (-1L << target);
            return NextDoc();
        }

        public override long GetCost() => buffers.MaxDoc;

        /// <summary>
        /// Every match to <paramref name="collector"/> at once, before the first <see cref="NextDoc"/>; then the
        /// buffers go back to the pool, as at the end of <see cref="NextDoc"/>.
        /// </summary>
        public void CollectAll(IMatchSetCollector collector)
        {
            collector.CollectAll(_matches.AsSpan(0, buffers.Words), _scores);
            _word = buffers.Words;
            _bits = 0;
            _doc = NO_MORE_DOCS;
            buffers.Return();
        }
    }
}
