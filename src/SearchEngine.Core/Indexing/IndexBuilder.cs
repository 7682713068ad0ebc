using SearchEngine.Core.Schema;
using SearchEngine.Core.Options;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// Builds a complete index beside the live one and switches to it only when done (see <see cref="IndexLocation"/>).
/// Callers hold the root's <see cref="IndexLock"/> (<see cref="IndexPipeline"/> does).
/// </summary>
public static class IndexBuilder
{
    public static IndexMeta Build(IndexLocation location, IEnumerable<Paper> papers, IndexMeta meta,
        IProgress<int>? progress = null) => Build(location, papers, meta, progress, out _);

    /// <summary>As above; <paramref name="commitTime"/> is how long the final commit took.</summary>
    public static IndexMeta Build(IndexLocation location, IEnumerable<Paper> papers, IndexMeta meta,
        IProgress<int>? progress, out TimeSpan commitTime) =>
        Build(location, papers, meta, progress, Environment.ProcessorCount, out commitTime);

    /// <summary>
    /// As above with at most <paramref name="threads"/> indexing threads; papers Lucene rejects are skipped and reported
    /// in <paramref name="issues"/>.
    /// </summary>
    public static IndexMeta Build(IndexLocation location, IEnumerable<Paper> papers, IndexMeta meta,
        IProgress<int>? progress, int threads, out TimeSpan commitTime, ICollection<Ingest.IngestIssue>? issues = null) =>
        Build(location, papers, paper => paper, meta, progress, threads, out commitTime, issues);

    /// <summary>
    /// As above from items that <paramref name="toPaper"/> (thread-safe; null: skip) turns into papers on the
    /// indexing threads (see <see cref="IndexWriting"/>).
    /// </summary>
    public static IndexMeta Build<T>(IndexLocation location, IEnumerable<T> items, Func<T, Paper?> toPaper, IndexMeta meta,
        IProgress<int>? progress, int threads, out TimeSpan commitTime, ICollection<Ingest.IngestIssue>? issues = null)
    {
        var generation = location.CreateNextGeneration();
        // why: the lease keeps the half-built generation from being taken for an orphan by a starting server.
        using var lease = GenerationLease.Take(generation);
        try
        {
            int count;
            using (var directory = PaperIndex.OpenDirectory(generation))
            {
                count = IndexWriting.WriteAll(directory, items, toPaper, meta.Analyzer, progress, threads, out commitTime, issues);
            }
            var written = meta with { Papers = count, BuiltAt = DateTimeOffset.UtcNow, SchemaVersion = IndexMeta.CurrentSchemaVersion,
                DimensionsFingerprint = Dimensions.Fingerprint };
            written.Write(generation);
            location.Publish(generation);
            return written;
        }
        catch
        {
            // why: a failed build must not leave a half-written generation behind; the live one is untouched.
            IndexLocation.Discard(generation);
            throw;
        }
    }
}
