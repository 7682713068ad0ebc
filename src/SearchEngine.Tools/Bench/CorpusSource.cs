using SearchEngine.Core.Ingest;
using SearchEngine.Core.Ingest.Readers;
using SearchEngine.Core.Papers;

namespace SearchEngine.Tools.Bench;

/// <summary>
/// Streams the papers of a JSON Lines corpus (the same readers and per-record conversion as ingest, without
/// holding the corpus), and keeps a deterministic reservoir sample of them for building the workload.
/// </summary>
public sealed class CorpusSource(string path, int sampleSize, int seed)
{
    private readonly List<Paper> _sample = [];
    private readonly List<IngestIssue> _issues = [];

    public string Path { get; } = path;
    public IReadOnlyList<Paper> Sample => _sample;
    public IReadOnlyList<IngestIssue> Issues => _issues;

    /// <summary>Every paper, in file order; fills <see cref="Sample"/> as a side effect (reservoir sampling).</summary>
    public IEnumerable<Paper> Papers()
    {
        _sample.Clear();
        var random = new Random(seed);
        var seen = 0;
        foreach (var record in PaperIngester.ReadRecords(Path, _issues))
        {
            var paper = PaperMerger.FromSingle(record);
            seen++;
            if (_sample.Count < sampleSize) _sample.Add(paper);
            else if (random.Next(seen) is var slot && slot < sampleSize) _sample[slot] = paper;
            yield return paper;
        }
    }

    /// <summary>
    /// The corpus as unparsed lines for <see cref="Parse"/>, which the indexing threads call (so parsing runs on all
    /// cores); null when the file is not in the JSON Lines exchange format (then use <see cref="Papers"/>).
    /// <see cref="Sample"/> is filled, once the lines are read, with the papers <see cref="Papers"/> would sample
    /// (the same reservoir over the same records when every line is a valid record, as in generated corpora).
    /// </summary>
    public IEnumerable<Line>? Lines() =>
        SourceDetector.Detect(SourceFile.ReadHead(Path)) is JsonLinesReader ? ReadLines() : null;

    /// <summary>One non-blank line of the corpus: its 1-based line number and its record ordinal.</summary>
    public readonly record struct Line(int Number, int Ordinal, string Json);

    /// <summary>A line as the paper ingest makes of it, or null (the problem goes to <see cref="Issues"/>). Thread-safe.</summary>
    public Paper? Parse(Line line)
    {
        var file = System.IO.Path.GetFileName(Path);
        var issues = new List<IngestIssue>(0);
        var record = JsonLinesReader.Parse(line.Json, new SourceRef(file, PageKind.JsonLines, line.Ordinal, line.Number), out var error);
        if (record is null) issues.Add(new IngestIssue(file, line.Number, error));
        else record = RecordLimits.Apply(record, issues);
        if (issues.Count > 0)
        {
            lock (_issues) _issues.AddRange(issues);
        }
        return record is null ? null : PaperMerger.FromSingle(record);
    }

    private IEnumerable<Line> ReadLines()
    {
        _sample.Clear();
        var sampled = new List<Line>();
        var random = new Random(seed);
        var seen = 0;
        var number = 0;
        using (var text = SourceFile.OpenText(Path))
        {
            while (text.ReadLine() is { } json)
            {
                number++;
                if (string.IsNullOrWhiteSpace(json)) continue;
                seen++;
                var line = new Line(number, seen, json);
                if (sampled.Count < sampleSize) sampled.Add(line);
                else if (random.Next(seen) is var slot && slot < sampleSize) sampled[slot] = line;
                yield return line;
            }
        }
        _sample.AddRange(sampled.Select(Parse).OfType<Paper>());
    }

    /// <summary>Papers without sampling (for the peer, which reads the same file again).</summary>
    public IEnumerable<Paper> PapersUnsampled() =>
        PaperIngester.ReadRecords(Path, new List<IngestIssue>()).Select(PaperMerger.FromSingle);
}
