using Lucene.Net.Index;
using SearchEngine.Core.Analysis;
using SearchEngine.Core.Options;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Schema;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchEngine.Core.Indexing;

/// <summary>Bulk-writes papers into an empty directory with two indexing threads and one commit.</summary>
internal static class IndexWriting
{
    public static int WriteAll(LuceneDirectory directory, IEnumerable<Paper> papers, AnalyzerOptions analyzer,
        IProgress<int>? progress) => WriteAll(directory, papers, analyzer, progress, out _);

    /// <summary>As above; <paramref name="commitTime"/> is how long the final commit took (benchmarks report it).</summary>
    public static int WriteAll(LuceneDirectory directory, IEnumerable<Paper> papers, AnalyzerOptions analyzer,
        IProgress<int>? progress, out TimeSpan commitTime) =>
        WriteAll(directory, papers, analyzer, progress, Environment.ProcessorCount, out commitTime);

    /// <summary>As above with at most <paramref name="threads"/> indexing threads.</summary>
    public static int WriteAll(LuceneDirectory directory, IEnumerable<Paper> papers, AnalyzerOptions analyzer,
        IProgress<int>? progress, int threads, out TimeSpan commitTime)
    {
        var mapper = new PaperDocumentMapper(analyzer);
        using var writer = new IndexWriter(directory,
            PaperIndex.NewWriterConfig(PaperAnalyzers.Create(analyzer), OpenMode.CREATE));
        var count = 0;
        // why: IndexWriter is thread-safe and analysis dominates indexing cost, so two threads adding
        // documents use both cores of the target machine (a server rebuilding while it serves passes fewer).
        Parallel.ForEach(papers, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) },
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
}
