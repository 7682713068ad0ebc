using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SearchEngine.Core.Exchange;

namespace SearchEngine.Tools.Generation;

/// <summary>
/// A deterministic synthetic corpus of research papers with realistic skew, for benchmarks at any size:
/// Zipf-distributed pseudo-word vocabulary (a few hundred thousand words) mixed with English function words,
/// titles of 6–14 words, abstracts of 150–200 words, ~60 venues and a large author pool (both Zipf), years
/// weighted towards recent ones (1990–2025), 1–3 <c>cs.*</c> topics, some preprints, code for ~30%.
/// The same seed gives the same bytes; papers are produced one at a time (constant memory).
/// </summary>
/// <example>
/// <code>
/// using var file = File.Create("papers.jsonl");
/// new CorpusGenerator(seed: 42).Write(1_000_000, file);
/// </code>
/// </example>
public sealed class CorpusGenerator
{
    public const int DefaultVocabularySize = 300_000;
    public const int FirstYear = 1990;
    public const int LastYear = 2025;

    // why: real abstracts are ~40% function words; without them every pseudo-word would be "content" and the
    // index, the queries and the peer's index would all have an unnatural shape.
    private static readonly string[] FunctionWords =
        ["the", "of", "and", "a", "to", "in", "we", "for", "is", "that", "on", "with", "this", "by", "as", "are",
         "from", "an", "our", "which", "be", "can", "it", "these", "show", "using", "based", "than", "at", "not"];

    private static readonly (string Name, string Type)[] Venues =
    [
        ("arXiv", "preprint"), ("NeurIPS", "conference"), ("ICML", "conference"), ("CVPR", "conference"),
        ("ICLR", "conference"), ("ACL", "conference"), ("AAAI", "conference"), ("EMNLP", "conference"),
        ("ICCV", "conference"), ("IJCAI", "conference"), ("ECCV", "conference"), ("KDD", "conference"),
        ("IEEE TPAMI", "journal"), ("NAACL", "conference"), ("WWW", "conference"), ("SIGIR", "conference"),
        ("ICRA", "conference"), ("JMLR", "journal"), ("CHI", "conference"), ("Interspeech", "conference"),
        ("ICASSP", "conference"), ("CIKM", "conference"), ("IROS", "conference"), ("MICCAI", "conference"),
        ("SIGMOD", "conference"), ("VLDB", "conference"), ("TACL", "journal"), ("IJCV", "journal"),
        ("WSDM", "conference"), ("ICDE", "conference"), ("CCS", "conference"), ("USENIX Security", "conference"),
        ("IEEE S&P", "conference"), ("NDSS", "conference"), ("ICSE", "conference"), ("FSE", "conference"),
        ("PLDI", "conference"), ("POPL", "conference"), ("OSDI", "conference"), ("SOSP", "conference"),
        ("NSDI", "conference"), ("SIGCOMM", "conference"), ("STOC", "conference"), ("FOCS", "conference"),
        ("SODA", "conference"), ("CoRL", "conference"), ("RSS", "conference"), ("UIST", "conference"),
        ("CSCW", "conference"), ("ACM TOG", "journal"), ("Communications of the ACM", "journal"),
        ("IEEE TKDE", "journal"), ("Nature Machine Intelligence", "journal"), ("Artificial Intelligence", "journal"),
        ("Machine Learning", "journal"), ("IEEE TIP", "journal"), ("Pattern Recognition", "journal"),
        ("Neural Computation", "journal"), ("ACM Computing Surveys", "journal"), ("IEEE TNNLS", "journal"),
    ];

    private static readonly string[] Topics =
    [
        "cs.LG", "cs.CV", "cs.CL", "cs.AI", "cs.IR", "cs.RO", "cs.CR", "cs.DC", "cs.SE", "cs.HC", "cs.NE",
        "cs.DB", "cs.SI", "cs.DS", "cs.PL", "cs.NI", "cs.SD", "cs.MA", "cs.CY", "cs.GR", "cs.IT", "cs.LO",
        "cs.CC", "cs.GT", "cs.MM", "cs.SY", "cs.DL", "cs.CG", "cs.AR", "cs.OS", "cs.ET", "cs.FL", "cs.DM",
        "cs.NA", "cs.PF", "cs.MS", "cs.CE", "cs.SC", "cs.OH", "cs.GL",
    ];

    private const int FirstNames = 4_000;
    private const int LastNames = 60_000;
    private const int AuthorPool = 400_000;

    private static readonly JsonSerializerOptions JsonOptions = new(PaperJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ulong _seed;
    private readonly string[] _vocabulary;
    private readonly ZipfSampler _words;
    private readonly ZipfSampler _venues = new(Venues.Length, 1.0);
    private readonly ZipfSampler _topics = new(Topics.Length, 1.1);
    private readonly ZipfSampler _authors = new(AuthorPool, 0.9);
    private readonly string[] _firstNames;
    private readonly string[] _lastNames;
    private readonly double[] _yearCumulative;

    public CorpusGenerator(int seed = 42, int vocabularySize = DefaultVocabularySize)
    {
        _seed = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL + 1;
        var rng = new SplitMix64(_seed);
        var reserved = new HashSet<string>(FunctionWords, StringComparer.Ordinal);
        _vocabulary = PseudoWords.Make(vocabularySize, ref rng, reserved);
        // why: a shift of 10 makes the most frequent content word ~1% of content words (as "model" or "data" in
        // real abstracts) instead of the ~8% of a pure Zipf head, which belongs to function words.
        _words = new ZipfSampler(vocabularySize, 1.0, shift: 10);
        _firstNames = PseudoWords.Make(FirstNames, ref rng, reserved, minSyllables: 2).Select(PseudoWords.Capitalize).ToArray();
        _lastNames = PseudoWords.Make(LastNames, ref rng, reserved, minSyllables: 2).Select(PseudoWords.Capitalize).ToArray();
        // why: publication volume grows roughly exponentially; weight e^(0.12·(year−1990)) makes 2025 ~65× 1990.
        var weights = Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(y => Math.Exp(0.12 * (y - FirstYear))).ToArray();
        _yearCumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++) _yearCumulative[i] = sum += weights[i];
        for (var i = 0; i < weights.Length; i++) _yearCumulative[i] /= sum;
    }

    /// <summary>The vocabulary, most frequent word first.</summary>
    public IReadOnlyList<string> Vocabulary => _vocabulary;

    /// <summary>Papers 0..count-1, lazily.</summary>
    public IEnumerable<PaperJson> Papers(int count)
    {
        for (var i = 0; i < count; i++) yield return Paper(i);
    }

    /// <summary>Paper number <paramref name="index"/> (independent of the others, so any range can be generated).</summary>
    public PaperJson Paper(int index)
    {
        var rng = new SplitMix64(_seed ^ ((ulong)index * 0xD1B54A32D192ED03UL + 0x632BE59BD9B4E019UL));
        var text = new StringBuilder(1600);
        var title = Title(ref rng, text);
        var abstractText = Abstract(ref rng, text);
        var venue = Venues[_venues.Sample(ref rng)];
        var noVenue = rng.Chance(0.02);
        var topicCount = rng.Next(1, 4);
        var topics = new List<string>(topicCount);
        while (topics.Count < topicCount)
        {
            var t = Topics[_topics.Sample(ref rng)];
            if (!topics.Contains(t)) topics.Add(t);
        }
        var authorCount = AuthorCount(ref rng);
        var authors = new List<string>(authorCount);
        while (authors.Count < authorCount)
        {
            var a = AuthorName(_authors.Sample(ref rng));
            if (!authors.Contains(a)) authors.Add(a);
        }
        return new PaperJson
        {
            Id = $"gen-{index:D7}",
            Title = title,
            Abstract = abstractText,
            Authors = authors,
            Year = Year(ref rng),
            Venue = noVenue ? null : venue.Name,
            Type = noVenue ? null : venue.Type,
            Topics = topics,
            HasCode = rng.Chance(0.3),
        };
    }

    /// <summary>Writes <paramref name="count"/> papers as JSON Lines (UTF-8, <c>\n</c>) to <paramref name="output"/>.</summary>
    public void Write(int count, Stream output, IProgress<int>? progress = null)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JsonOptions.Encoder, SkipValidation = true });
        var typeInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<PaperJson>)JsonOptions.GetTypeInfo(typeof(PaperJson));
        for (var i = 0; i < count; i++)
        {
            JsonSerializer.Serialize(json, Paper(i), typeInfo);
            json.Flush();
            output.WriteByte((byte)'\n');
            json.Reset();
            if ((i + 1) % 10_000 == 0) progress?.Report(i + 1);
        }
        output.Flush();
        progress?.Report(count);
    }

    private string Title(ref SplitMix64 rng, StringBuilder text)
    {
        text.Clear();
        var words = rng.Next(6, 15);
        for (var w = 0; w < words; w++)
        {
            if (w > 0) text.Append(' ');
            // why: titles carry fewer function words than abstracts and capitalize content words.
            if (w > 0 && w < words - 1 && rng.Chance(0.2)) text.Append(FunctionWords[rng.Next(0, 8)]);
            else text.Append(PseudoWords.Capitalize(_vocabulary[_words.Sample(ref rng)]));
        }
        return text.ToString();
    }

    private string Abstract(ref SplitMix64 rng, StringBuilder text)
    {
        text.Clear();
        var words = rng.Next(150, 201);
        var sentenceLeft = 0;
        for (var w = 0; w < words; w++)
        {
            var first = sentenceLeft == 0;
            if (first) sentenceLeft = rng.Next(12, 26);
            if (w > 0) text.Append(' ');
            var word = rng.Chance(0.35) ? FunctionWords[(int)(rng.NextDouble() * rng.NextDouble() * FunctionWords.Length)]
                : _vocabulary[_words.Sample(ref rng)];
            text.Append(first ? PseudoWords.Capitalize(word) : word);
            if (--sentenceLeft == 0 || w == words - 1) text.Append('.');
            else if (rng.Chance(0.04)) text.Append(',');
        }
        return text.ToString();
    }

    private static int AuthorCount(ref SplitMix64 rng)
    {
        // 1–8 authors, most papers 2–5.
        ReadOnlySpan<double> cumulative = [0.08, 0.25, 0.47, 0.66, 0.80, 0.90, 0.96, 1.0];
        var u = rng.NextDouble();
        for (var i = 0; i < cumulative.Length; i++) if (u < cumulative[i]) return i + 1;
        return 8;
    }

    private string AuthorName(int rank)
    {
        // why: a fixed hash of the rank picks the name, so the pool needs no table of 400k strings.
        var h = (ulong)rank * 0x9E3779B97F4A7C15UL ^ _seed;
        h ^= h >> 29;
        return _firstNames[(int)(h % FirstNames)] + " " + _lastNames[(int)((h >> 20) % LastNames)];
    }

    private int Year(ref SplitMix64 rng)
    {
        var i = Array.BinarySearch(_yearCumulative, rng.NextDouble());
        return FirstYear + Math.Min(i >= 0 ? i : ~i, _yearCumulative.Length - 1);
    }
}
