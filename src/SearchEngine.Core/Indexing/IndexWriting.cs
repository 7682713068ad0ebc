using Lucene.Net.Index;
using SearchEngine.Core.Analysis;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Options;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Schema;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// Bulk-writes papers into an empty directory: on all cores with one commit (<see cref="WriteAll(LuceneDirectory, IEnumerable{Paper}, AnalyzerOptions, IProgress{int}?)"/>),
/// or sequentially, one commit per segment (<see cref="WriteSegments"/>) where the layout must be exact.
/// </summary>
internal static class IndexWriting
{
    public static int WriteAll(LuceneDirectory directory, IEnumerable<Paper> papers, AnalyzerOptions analyzer,
        IProgress<int>? progress) => WriteAll(directory, papers, analyzer, progress, out _);

    /// <summary>As above; <paramref name="commitTime"/> is how long the final commit took (benchmarks report it).</summary>
    public static int WriteAll(LuceneDirectory directory, IEnumerable<Paper> papers, AnalyzerOptions analyzer,
        IProgress<int>? progress, out TimeSpan commitTime) =>
        WriteAll(directory, papers, analyzer, progress, Environment.ProcessorCount, out commitTime);

    /// <summary>
    /// As above with at most <paramref name="threads"/> indexing threads. A paper Lucene rejects (e.g. a term over
    /// its 32,766-byte limit) is skipped and reported in <paramref name="issues"/> with the file and line it came
    /// from; the rest are indexed.
    /// </summary>
    public static int WriteAll(LuceneDirectory directory, IEnumerable<Paper> papers, AnalyzerOptions analyzer,
        IProgress<int>? progress, int threads, out TimeSpan commitTime, ICollection<IngestIssue>? issues = null) =>
        WriteAll(directory, papers, paper => paper, analyzer, progress, threads, out commitTime, issues);

    /// <summary>
    /// As above from items that <paramref name="toPaper"/> turns into papers (null: skip) on the indexing threads,
    /// e.g. unparsed JSON lines: then parsing runs on all cores too, not on the one thread that feeds the others.
    /// <paramref name="toPaper"/> must be thread-safe.
    /// </summary>
    /// <exception cref="AggregateException">The items or an indexing thread failed; the first failures inside.</exception>
    public static int WriteAll<T>(LuceneDirectory directory, IEnumerable<T> items, Func<T, Paper?> toPaper,
        AnalyzerOptions analyzer, IProgress<int>? progress, int threads, out TimeSpan commitTime,
        ICollection<IngestIssue>? issues = null)
    {
        // why: one reused document per indexing thread (PaperDocumentMapper.ForOneThread): no per-paper field objects.
        using var mappers = new ThreadLocal<PaperDocumentMapper>(PaperDocumentMapper.ForOneThread);
        using var writer = new IndexWriter(directory,
            PaperIndex.NewWriterConfig(PaperAnalyzers.Create(analyzer), OpenMode.CREATE));
        var count = 0;
        // why: IndexWriter is thread-safe and analysis dominates indexing cost, so one thread per core adding
        // documents uses the whole machine. Which thread flushes
        // which paper is up to the scheduler, so the segment layout (not the content) varies between runs.
        DedicatedThreads.ForEach(items, Math.Max(1, threads), item =>
        {
            if (toPaper(item) is not { } paper) return;
            try
            {
                writer.AddDocument(mappers.Value!.ToDocument(paper));
            }
            catch (ArgumentException e)
            {
                // why: Lucene's per-document rejections are ArgumentExceptions that leave the writer usable.
                var source = paper.Sources.FirstOrDefault();
                var issue = new IngestIssue(source?.File ?? "(unknown)", source?.Line ?? 0,
                    $"paper '{paper.Id}' could not be indexed and was skipped: {e.Message}");
                if (issues is not null) lock (issues) issues.Add(issue);
                return;
            }
            var done = Interlocked.Increment(ref count);
            if (done % 1000 == 0) progress?.Report(done);
        });
        var commitStart = System.Diagnostics.Stopwatch.GetTimestamp();
        writer.Commit();
        commitTime = System.Diagnostics.Stopwatch.GetElapsedTime(commitStart);
        progress?.Report(count);
        return count;
    }

    /// <summary>
    /// Writes each group of papers as exactly one segment, in order: sequential adds, one commit per group, no
    /// merges. For tests that must know the segment layout (per-segment facet ordinals, reader reuse).
    /// </summary>
    public static int WriteSegments(LuceneDirectory directory, IEnumerable<IReadOnlyList<Paper>> segments, AnalyzerOptions analyzer)
    {
        var mapper = PaperDocumentMapper.ForOneThread();
        var config = PaperIndex.NewWriterConfig(PaperAnalyzers.Create(analyzer), OpenMode.CREATE);
        config.MergePolicy = NoMergePolicy.NO_COMPOUND_FILES;
        using var writer = new IndexWriter(directory, config);
        var count = 0;
        foreach (var segment in segments.Where(s => s.Count > 0))
        {
            foreach (var paper in segment) writer.AddDocument(mapper.ToDocument(paper));
            writer.Commit();
            count += segment.Count;
        }
        return count;
    }
}
