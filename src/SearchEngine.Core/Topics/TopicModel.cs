using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using SearchEngine.Core.Analysis;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Schema;

namespace SearchEngine.Core.Topics;

/// <summary>
/// What topic inference learns from a corpus: term statistics (IDF) from an even sample, the labelled neighbour
/// pool as an inverted index, and the analyzed keyword lexicon. Scores one paper at a time; thread-safe for scoring.
/// </summary>
internal sealed class TopicModel : IDisposable
{
    private readonly TopicInferenceOptions _options;
    private readonly Analyzer _analyzer;
    private readonly KeywordLexicon _lexicon;
    private readonly TermWeighting _weighting;
    private readonly double[] _entryIdf;
    private readonly NeighbourIndex _neighbours;
    private readonly string[][] _poolLabels;
    private readonly Dictionary<int, int> _poolPositionOfPaper;

    private TopicModel(
        TopicInferenceOptions options, Analyzer analyzer, KeywordLexicon lexicon, TermWeighting weighting,
        double[] entryIdf, NeighbourIndex neighbours, string[][] poolLabels, Dictionary<int, int> poolPositionOfPaper)
    {
        _options = options;
        _analyzer = analyzer;
        _lexicon = lexicon;
        _weighting = weighting;
        _entryIdf = entryIdf;
        _neighbours = neighbours;
        _poolLabels = poolLabels;
        _poolPositionOfPaper = poolPositionOfPaper;
    }

    /// <summary>Number of labelled papers in the neighbour pool.</summary>
    public int PoolSize => _neighbours.Count;

    /// <summary>
    /// Learns from <paramref name="papers"/>: the neighbour pool is <paramref name="pool"/> (indices of labelled
    /// papers, already sampled), IDF comes from an even sample of all papers plus the pool.
    /// </summary>
    public static TopicModel Build(IReadOnlyList<Paper> papers, IReadOnlyList<int> pool, TopicInferenceOptions options)
    {
        var analyzer = PaperAnalyzers.Create(options.Analyzer);
        var lexicon = KeywordLexicon.Build(analyzer, Taxonomy.Entries);
        var sample = TopicLabels.EvenSample(Enumerable.Range(0, papers.Count).ToArray(), options.IdfSampleSize)
            .Concat(pool).Distinct().Order().ToArray();
        var poolSet = pool.ToHashSet();
        var analyzedPool = new ConcurrentDictionary<int, AnalyzedPaper>();
        var termDf = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var entryDf = new int[lexicon.Count];
        Parallel.ForEach(sample, Parallelism(options), index =>
        {
            var analyzed = Analyze(analyzer, papers[index]);
            if (poolSet.Contains(index)) analyzedPool[index] = analyzed;
            foreach (var term in analyzed.Title.Concat(analyzed.Abstract).Distinct(StringComparer.Ordinal))
            {
                termDf.AddOrUpdate(term, 1, (_, df) => df + 1);
            }
            var matches = new Dictionary<int, double>();
            lexicon.Match(analyzed.Title, 1, matches);
            lexicon.Match(analyzed.Abstract, 1, matches);
            foreach (var entry in matches.Keys) Interlocked.Increment(ref entryDf[entry]);
        });

        // why: ids in ordinal term order, so vectors and tie-breaks do not depend on thread scheduling.
        var terms = termDf.Keys.Order(StringComparer.Ordinal).ToArray();
        var termIds = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        var idf = new double[terms.Length];
        for (var id = 0; id < terms.Length; id++)
        {
            termIds[terms[id]] = id;
            idf[id] = TermWeighting.Idf(sample.Length, termDf[terms[id]]);
        }
        var entryIdf = entryDf.Select(df => TermWeighting.Idf(sample.Length, df)).ToArray();
        var weighting = new TermWeighting(termIds, idf, options.TitleWeight);
        var vectors = pool.Select(i => weighting.Vectorize(analyzedPool[i], options.MaxPoolTerms)).ToArray();
        return new TopicModel(options, analyzer, lexicon, weighting, entryIdf,
            new NeighbourIndex(vectors, weighting.TermCount),
            pool.Select(i => TopicLabels.Of(papers[i])).ToArray(),
            pool.Select((paper, position) => (paper, position)).ToDictionary(p => p.paper, p => p.position));
    }

    /// <summary>The pool position of paper <paramref name="paperIndex"/>, or -1 when it is not in the pool.</summary>
    public int PoolPositionOf(int paperIndex) => _poolPositionOfPaper.GetValueOrDefault(paperIndex, -1);

    /// <summary>Analyzes a paper's title and abstract with the model's analyzer.</summary>
    public AnalyzedPaper Analyze(Paper paper) => Analyze(_analyzer, paper);

    /// <summary>
    /// Combined topic scores of an analyzed paper, best first (ties: code order), ignoring pool position
    /// <paramref name="exclude"/> (leave-one-out; -1: none). Empty when the text has no signal.
    /// </summary>
    public List<TopicScore> Score(AnalyzedPaper paper, int exclude = -1)
    {
        var vote = NeighbourVote(paper, exclude);
        var lexicon = LexiconShare(paper);
        var neighbourWeight = vote.Count > 0 ? _options.NeighbourWeight : 0;
        var lexiconWeight = lexicon.Count > 0 ? _options.LexiconWeight : 0;
        var total = neighbourWeight + lexiconWeight;
        if (total <= 0) return [];
        var combined = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (code, share) in vote) combined[code] = neighbourWeight * share / total;
        foreach (var (code, share) in lexicon) combined[code] = combined.GetValueOrDefault(code) + lexiconWeight * share / total;
        return combined
            .Select(c => new TopicScore(c.Key, c.Value))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The top topic always, then others at or above the threshold, up to the maximum count.</summary>
    public IReadOnlyList<string> Select(IReadOnlyList<TopicScore> scores) => scores
        .Where((s, rank) => rank == 0 || s.Score >= _options.Threshold)
        .Take(_options.MaxTopics)
        .Select(s => s.Code)
        .ToArray();

    public void Dispose() => _analyzer.Dispose();

    /// <summary>
    /// Per code, the share of neighbour similarity carried by neighbours labelled with it (0–1; a neighbour with two
    /// labels counts fully for both, so shares of a multi-label pool can sum above 1).
    /// </summary>
    private Dictionary<string, double> NeighbourVote(AnalyzedPaper paper, int exclude)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        if (_neighbours.Count == 0) return votes;
        var neighbours = _neighbours.Search(_weighting.Vectorize(paper, _options.MaxQueryTerms), _options.NeighbourCount, exclude);
        var total = neighbours.Sum(n => (double)n.Similarity);
        if (total <= 0) return votes;
        foreach (var neighbour in neighbours)
        {
            foreach (var code in _poolLabels[neighbour.Position])
            {
                votes[code] = votes.GetValueOrDefault(code) + neighbour.Similarity / total;
            }
        }
        return votes;
    }

    /// <summary>
    /// Per code, its share (0–1, summing to 1) of the keyword evidence: each matched phrase adds
    /// log(1 + tf) × idf, split evenly among the codes that list it.
    /// </summary>
    private Dictionary<string, double> LexiconShare(AnalyzedPaper paper)
    {
        var matches = new Dictionary<int, double>();
        _lexicon.Match(paper.Title, _options.TitleWeight, matches);
        _lexicon.Match(paper.Abstract, 1, matches);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        // why: sum in entry order, so floating-point results are identical run to run.
        foreach (var (entry, tf) in matches.OrderBy(m => m.Key))
        {
            var codes = _lexicon.CodesOf(entry);
            var evidence = Math.Log(1 + tf) * _entryIdf[entry] / codes.Count;
            foreach (var code in codes) scores[code] = scores.GetValueOrDefault(code) + evidence;
        }
        var total = scores.Values.Sum();
        if (total <= 0) return [];
        foreach (var code in scores.Keys.ToArray()) scores[code] /= total;
        return scores;
    }

    private static AnalyzedPaper Analyze(Analyzer analyzer, Paper paper) => new(
        PaperAnalyzers.Terms(analyzer, PaperFields.Text, paper.Title ?? ""),
        PaperAnalyzers.Terms(analyzer, PaperFields.Text, paper.Abstract ?? ""));

    internal static ParallelOptions Parallelism(TopicInferenceOptions options) =>
        new() { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
}
