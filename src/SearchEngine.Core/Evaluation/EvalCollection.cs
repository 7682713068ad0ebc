using SearchEngine.Core.Ingest;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Evaluation;

/// <summary>
/// A test collection directory: <c>corpus.jsonl</c> (or <c>corpus.jsonl.gz</c>; any format the ingester reads),
/// <c>queries.tsv</c> (<c>qid&lt;TAB&gt;text</c>), <c>qrels.txt</c> (TREC qrels) and optionally <c>links.tsv</c>
/// (<c>docid&lt;TAB&gt;docid</c>: related papers, taken as undirected). Document ids are the corpus ids, made
/// URL-safe exactly as the ingester does (<see cref="PaperId.Sanitize"/>).
/// </summary>
public sealed class EvalCollection
{
    public const string CorpusFile = "corpus.jsonl";
    public const string QueriesFile = "queries.tsv";
    public const string QrelsFile = "qrels.txt";
    public const string LinksFile = "links.tsv";

    public required IReadOnlyList<Paper> Papers { get; init; }
    /// <summary>Query id → text, in file order.</summary>
    public required IReadOnlyList<(string Id, string Text)> Queries { get; init; }
    public required TrecQrels Qrels { get; init; }
    /// <summary>Paper id → the ids of its related papers (both directions of every link); empty without links.tsv.</summary>
    public required IReadOnlyDictionary<string, IReadOnlySet<string>> Links { get; init; }
    /// <summary>Problems the ingester reported while reading the corpus.</summary>
    public IReadOnlyList<IngestIssue> CorpusIssues { get; init; } = [];

    /// <summary>Reads the collection in <paramref name="directory"/>.</summary>
    /// <exception cref="FileNotFoundException">The directory or a required file is missing (the message names it).</exception>
    /// <exception cref="FormatException">A malformed line in queries, qrels or links (the message names file and line).</exception>
    public static EvalCollection Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new FileNotFoundException($"collection directory '{directory}' does not exist", directory);
        }
        var corpus = Path.Combine(directory, CorpusFile);
        if (!File.Exists(corpus) && File.Exists(corpus + ".gz")) corpus += ".gz";
        var queriesPath = Required(directory, QueriesFile);
        var qrelsPath = Required(directory, QrelsFile);
        Required(directory, Path.GetFileName(corpus));

        var ingest = PaperIngester.Ingest([corpus]);
        using var qrelsText = File.OpenText(qrelsPath);
        TrecQrels raw;
        try
        {
            raw = TrecQrels.Parse(qrelsText, PaperId.Sanitize);
        }
        catch (FormatException e)
        {
            throw new FormatException($"{qrelsPath}: {e.Message}", e);
        }
        var linksPath = Path.Combine(directory, LinksFile);
        return new EvalCollection
        {
            Papers = ingest.Papers,
            Queries = ReadQueries(queriesPath),
            Qrels = raw,
            Links = File.Exists(linksPath) ? ReadLinks(linksPath) : new Dictionary<string, IReadOnlySet<string>>(),
            CorpusIssues = ingest.Report.Issues,
        };
    }

    private static string Required(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"collection file '{path}' not found", path);
    }

    private static List<(string, string)> ReadQueries(string path)
    {
        var queries = new List<(string, string)>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0) throw new FormatException($"{path}:{number}: expected 'qid<TAB>text'");
            queries.Add((line[..tab].Trim(), line[(tab + 1)..].Trim()));
        }
        return queries;
    }

    private static Dictionary<string, IReadOnlySet<string>> ReadLinks(string path)
    {
        var links = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var parts = line.Split('\t', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new FormatException($"{path}:{number}: expected 'docid<TAB>docid'");
            }
            var (a, b) = (PaperId.Sanitize(parts[0]), PaperId.Sanitize(parts[1]));
            if (a == b) continue;
            // why: links are undirected relatedness (a cites b makes both related to each other).
            Add(links, a, b);
            Add(links, b, a);
        }
        return links.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal);

        static void Add(Dictionary<string, HashSet<string>> map, string from, string to)
        {
            if (!map.TryGetValue(from, out var set)) map[from] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(to);
        }
    }
}
