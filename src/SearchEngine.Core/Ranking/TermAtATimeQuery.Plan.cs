using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchEngine.Core.Ranking;

// The plan of a TermAtATimeQuery: its tree of sums, terms and clauses left to Lucene, weighted as Lucene weighs them.
public sealed partial class TermAtATimeQuery
{
    /// <summary>A node of the plan: a term read term at a time, a clause scored by its own Lucene weight, or a sum.</summary>
    private abstract class Node
    {
        /// <summary>As Lucene's weights compute it (BM25 ignores it, but a wrapping query may not).</summary>
        public abstract float ValueForNormalization();

        /// <summary>As Lucene's weights pass it down: each boolean query multiplies the top-level boost by its boost.</summary>
        public abstract void Normalize(float norm, float topLevelBoost);
    }

    /// <summary>A term of a disjunction, with its statistics and BM25 weight (the term query's own boost in it).</summary>
    private sealed class TermNode(Term term, TermContext states, Similarity.SimWeight weight) : Node
    {
        public Term Term { get; } = term;
        public TermContext States { get; } = states;
        public Similarity.SimWeight Weight { get; } = weight;

        public override float ValueForNormalization() => Weight.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => Weight.Normalize(norm, topLevelBoost);
    }

    /// <summary>A clause that is not a term disjunction (a phrase, a match-all), scored by its own Lucene scorer.</summary>
    private sealed class WeightNode(Weight weight) : Node
    {
        public Weight Weight { get; } = weight;

        public override float ValueForNormalization() => Weight.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => Weight.Normalize(norm, topLevelBoost);
    }

    /// <summary>A disjunction: the sum of its children's scores, in clause order, over the union of their matches.</summary>
    private sealed class SumNode(float boost) : Node
    {
        public float Boost { get; } = boost;
        public List<Node> Children { get; } = [];

        /// <summary>How many sums deep the tree under this one goes (1: only leaves below).</summary>
        public int Depth => 1 + Children.OfType<SumNode>().Select(c => c.Depth).DefaultIfEmpty(0).Max();

        // As BooleanWeight: the sum of the clauses' values times the square of the boost.
        public override float ValueForNormalization() => Children.Sum(c => c.ValueForNormalization()) * Boost * Boost;

        public override void Normalize(float norm, float topLevelBoost)
        {
            foreach (var child in Children) child.Normalize(norm, topLevelBoost * Boost);
        }
    }

    /// <summary>The root sum, the filters around it and its excluded clauses.</summary>
    private sealed class Plan
    {
        private readonly IndexSearcher _searcher;
        private readonly BM25Similarity _similarity;

        public Plan(IndexSearcher searcher, Query query, float boost)
        {
            _searcher = searcher;
            _similarity = (BM25Similarity)searcher.Similarity;
            // Filters restrict without scoring; their boosts multiply the query's, as FilteredQuery's weight does.
            while (query is FilteredQuery filtered)
            {
                Filters.Add(filtered.Filter);
                boost *= filtered.Boost;
                query = filtered.Query;
            }
            if (query is BooleanQuery b && IsDisjunction(b, allowExclusions: true))
            {
                Root = new SumNode(boost * b.Boost);
                foreach (var clause in b.Clauses)
                {
                    if (clause.Occur == Occur.MUST_NOT) Excluded.Add(clause.Query.CreateWeight(searcher));
                    else Root.Children.Add(NodeOf(clause.Query));
                }
            }
            else
            {
                // A rewritten disjunction of one clause is that clause: a sum of one.
                Root = new SumNode(boost);
                Root.Children.Add(NodeOf(query));
            }
        }

        public SumNode Root { get; }
        public List<Filter> Filters { get; } = [];
        public List<Weight> Excluded { get; } = [];

        private Node NodeOf(Query query)
        {
            switch (query)
            {
                case TermQuery t:
                    var states = TermStates.Of(_searcher.TopReaderContext, t.Term);
                    return new TermNode(t.Term, states, _similarity.ComputeWeight(t.Boost,
                        _searcher.CollectionStatistics(t.Term.Field), _searcher.TermStatistics(t.Term, states)));
                case BooleanQuery b when IsDisjunction(b, allowExclusions: false):
                    var sum = new SumNode(b.Boost);
                    foreach (var clause in b.Clauses) sum.Children.Add(NodeOf(clause.Query));
                    return sum;
                default:
                    return new WeightNode(query.CreateWeight(_searcher));
            }
        }
    }
}
