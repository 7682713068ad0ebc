using SearchEngine.Core.Ingest;
using SearchEngine.Core.Options;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Topics;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// Sources → index in one call, shared by <c>searchengine index</c> and the server: take the root's
/// <see cref="IndexLock"/>, ingest and merge, give every paper topics, build a new generation beside the live one,
/// switch.
/// </summary>
public static class IndexPipeline
{
    public sealed record Result(IngestReport Report, IndexMeta Meta);

    /// <summary>How a build shares the machine: how long to wait for another builder, how many indexing threads.</summary>
    public sealed record Settings
    {
        /// <summary>How long to wait for another builder's <see cref="IndexLock"/> before failing (default: not at all).</summary>
        public TimeSpan LockWait { get; init; } = TimeSpan.Zero;
        public int Threads { get; init; } = Environment.ProcessorCount;
    }

    /// <exception cref="IndexLockedException">Another process is building or writing the index.</exception>
    public static Result Build(IReadOnlyList<string> sources, IndexLocation location, AnalyzerOptions? analyzer = null,
        IProgress<string>? stage = null, IProgress<int>? indexed = null, Settings? settings = null)
    {
        settings ??= new Settings();
        using var held = IndexLock.Acquire(location.Root, settings.LockWait);
        stage?.Report("reading sources");
        var ingest = PaperIngester.Ingest(sources);
        stage?.Report("inferring topics");
        var papers = WithTopics(ingest.Papers);
        stage?.Report("indexing");
        var files = SourceFingerprint.Files(sources);
        var meta = new IndexMeta
        {
            Analyzer = analyzer ?? new AnalyzerOptions(),
            SourceFiles = files.Select(Path.GetFileName).OfType<string>().ToList(),
            SourceFingerprint = SourceFingerprint.Compute(sources),
        };
        var rejected = new List<IngestIssue>();
        var written = IndexBuilder.Build(location, papers, meta, indexed, settings.Threads, out _, rejected);
        var report = rejected.Count == 0 ? ingest.Report : ingest.Report with { Issues = [.. ingest.Report.Issues, .. rejected] };
        return new Result(report, written);
    }

    /// <summary>Papers whose sources give no topic get inferred ones (marked as inferred).</summary>
    public static IReadOnlyList<Paper> WithTopics(IReadOnlyList<Paper> papers) => new TopicInferrer().Infer(papers);

    /// <summary>
    /// True when <paramref name="location"/> holds an index built from exactly these sources, with this version of
    /// the schema and the default analysis (otherwise the server rebuilds it on start).
    /// </summary>
    public static bool IsCurrent(IndexLocation location, IReadOnlyList<string> sources)
    {
        var current = location.Current;
        if (current is null) return false;
        var meta = IndexMeta.Read(current);
        return meta.SchemaVersion == IndexMeta.CurrentSchemaVersion
            && meta.Analyzer == new AnalyzerOptions()
            && meta.SourceFingerprint == SourceFingerprint.Compute(sources);
    }
}
