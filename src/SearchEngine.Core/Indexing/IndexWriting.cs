using Lucene.Net.Index;
using SearchEngine.Core.Analysis;
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
        IProgress<int>? progress, out TimeSpan commitTime)
    {
        var mapper = new PaperDocumentMapper();
        using var writer = new IndexWriter(directory,
            PaperIndex.NewWriterConfig(PaperAnalyzers.Create(analyzer), OpenMode.CREATE));
        var count = 0;
        // why: IndexWriter is thread-safe and analysis dominates indexing cost, so one thread per core adding
        // documents uses the whole machine. Which thread flushes which paper is up to the scheduler, so the
        // segment layout (not the content) varies between runs.
        Parallel.ForEach(papers, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            paper =>
            {
                writer.AddDocument(mapper.ToDocument(paper));
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
        var mapper = new PaperDocumentMapper();
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
