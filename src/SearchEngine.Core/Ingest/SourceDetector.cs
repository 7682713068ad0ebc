using SearchEngine.Core.Ingest.Readers;

namespace SearchEngine.Core.Ingest;

/// <summary>Picks the reader for a file from its content (the first ~8 KB), never from its name.</summary>
public static class SourceDetector
{
    /// <summary>
    /// All readers, most specific first: the JSON formats are told apart by fields, and the exchange schema
    /// (anything with a title) comes after the arXiv and BEIR signatures.
    /// </summary>
    public static IReadOnlyList<ISourceReader> Readers { get; } =
    [
        new AuthorClusterPageReader(),
        new ResearcherProfilePageReader(),
        new MetricsProfilePageReader(),
        new TrendingPapersPageReader(),
        new ArxivSnapshotReader(),
        new BeirCorpusReader(),
        new JsonLinesReader(),
    ];

    /// <summary>The reader for <paramref name="head"/>, or null when no format matches (binary, empty, unknown).</summary>
    public static ISourceReader? Detect(string head)
    {
        // why: NUL characters mean binary content; no text format contains them.
        if (string.IsNullOrWhiteSpace(head) || head.Contains('\0'))
        {
            return null;
        }
        return Readers.FirstOrDefault(r => r.CanRead(head));
    }
}
