using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Ingest;

/// <summary>
/// Reads one source format. Detection is by content (the first ~8 KB), never by file name.
/// Implementations are stateless and stream: records are yielded as they are read.
/// </summary>
public interface ISourceReader
{
    /// <summary>One of <see cref="PageKind"/>; recorded in each record's provenance.</summary>
    string Kind { get; }

    /// <summary>True when <paramref name="head"/> (the start of a file, decoded) looks like this format.</summary>
    bool CanRead(string head);

    /// <summary>The number of records the page itself states, when it states one (else null).</summary>
    int? StatedCount(string head) => null;

    /// <summary>
    /// Yields the records of <paramref name="text"/>; problems are added to <paramref name="issues"/> and the
    /// read continues. <paramref name="file"/> is the name used in provenance and issues.
    /// </summary>
    IEnumerable<PaperRecord> Read(TextReader text, string file, ICollection<IngestIssue> issues);
}
