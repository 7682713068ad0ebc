using SearchEngine.Core.Ingest;
using SearchEngine.Core.Papers;

namespace SearchEngine.Tools.Bench;

/// <summary>
/// Streams the papers of a JSON Lines corpus (the same reader and per-record conversion as ingest, without
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

    /// <summary>Papers without sampling (for the peer, which reads the same file again).</summary>
    public IEnumerable<Paper> PapersUnsampled() =>
        PaperIngester.ReadRecords(Path, new List<IngestIssue>()).Select(PaperMerger.FromSingle);
}
