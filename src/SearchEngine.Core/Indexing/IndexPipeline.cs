using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Schema;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Journal;
using SearchEngine.Core.Options;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Topics;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// Sources → index in one call, shared by <c>searchengine index</c> and the server: take the root's
/// <see cref="IndexLock"/>, ingest and merge, replay the <see cref="ChangeJournal"/> (papers written through the API
/// or <c>searchengine add/delete</c>), give every paper topics, build a new generation beside the live one, switch.
/// </summary>
public static class IndexPipeline
{
    public sealed record Result(IngestReport Report, IndexMeta Meta);

    /// <summary>
    /// How a build shares the machine: how long to wait for another builder and how many indexing threads. (A build
    /// beside a server lowers its whole process instead: <see cref="Limits.BackgroundPriority.LowerProcess"/>.)
    /// </summary>
    public sealed record Settings
    {
        /// <summary>How long to wait for another builder's <see cref="IndexLock"/> before failing (default: not at all).</summary>
        public TimeSpan LockWait { get; init; } = TimeSpan.Zero;
        public int Threads { get; init; } = Environment.ProcessorCount;
    }

    /// <exception cref="IndexLockedException">Another process is building or writing the index.</exception>
    /// <param name="embedder">When given, every paper's vector is made (or found in its cache) before indexing.</param>
    public static Result Build(IReadOnlyList<string> sources, IndexLocation location, AnalyzerOptions? analyzer = null,
        IProgress<string>? stage = null, IProgress<int>? indexed = null, Settings? settings = null, Embedder? embedder = null)
    {
        settings ??= new Settings();
        using var held = IndexLock.Acquire(location.Root, settings.LockWait);
        stage?.Report("reading sources");
        var ingest = PaperIngester.Ingest(sources);
        stage?.Report("replaying written papers");
        var journalIssues = new List<IngestIssue>();
        var all = WithJournal(ingest.Papers, new ChangeJournal(location.Root), journalIssues, out var journalOffset);
        // why: embed before inferring topics, so inference reads every paper's vector from the cache.
        var embedding = embedder?.EmbedPapers(all, stage);
        stage?.Report("inferring topics");
        // why the build's thread count: topic inference runs on the thread pool, and unbounded it would start more
        // threads than the build was given.
        var papers = WithTopics(all, embedder, Math.Max(1, settings.Threads));
        stage?.Report("indexing");
        var files = SourceFingerprint.Files(sources);
        var meta = new IndexMeta
        {
            Analyzer = analyzer ?? new AnalyzerOptions(),
            SourceFiles = files.Select(Path.GetFileName).OfType<string>().ToList(),
            SourceFingerprint = SourceFingerprint.Compute(sources),
            JournalOffset = journalOffset,
            Embedding = embedding,
        };
        var rejected = new List<IngestIssue>(journalIssues);
        var written = IndexBuilder.Build(location, papers, meta, indexed, settings.Threads, out _, rejected);
        var report = rejected.Count == 0 ? ingest.Report : ingest.Report with { Issues = [.. ingest.Report.Issues, .. rejected] };
        return new Result(report, written);
    }

    /// <summary>
    /// The source papers with the journal's changes applied in order (written papers replace source papers with the
    /// same id; deletes remove either); <paramref name="offset"/> is how far the journal was read.
    /// </summary>
    public static IReadOnlyList<Paper> WithJournal(IReadOnlyList<Paper> papers, ChangeJournal journal,
        ICollection<IngestIssue> issues, out long offset)
    {
        var entries = journal.ReadFrom(0, out offset, issues);
        if (entries.Count == 0) return papers;
        var byId = new Dictionary<string, Paper>(papers.Count, StringComparer.Ordinal);
        var order = new List<string>(papers.Count);
        foreach (var paper in papers)
        {
            if (byId.TryAdd(paper.Id, paper)) order.Add(paper.Id);
        }
        ChangeJournal.Replay(entries, byId);
        // why: keep source order for source papers (stable builds), then written ones in id order.
        var known = new HashSet<string>(order, StringComparer.Ordinal);
        return [.. order.Where(byId.ContainsKey).Select(id => byId[id]),
            .. byId.Keys.Where(id => !known.Contains(id)).Order(StringComparer.Ordinal).Select(id => byId[id])];
    }

    /// <summary>
    /// Papers whose sources give no topic get inferred ones (marked as inferred): from their vectors with
    /// abstention when <paramref name="embedder"/> is given, else from the lexical model; on at most
    /// <paramref name="threads"/> thread-pool threads (-1: as many as the pool gives).
    /// </summary>
    public static IReadOnlyList<Paper> WithTopics(IReadOnlyList<Paper> papers, Embedder? embedder = null, int threads = -1) =>
        new TopicInferrer(new TopicInferenceOptions { MaxDegreeOfParallelism = threads }).Infer(papers, embedder);

    /// <summary>
    /// True when <paramref name="location"/> holds an index built from exactly these sources, with this version of
    /// the schema and dimension table, the default analysis and the same embedding descriptor (otherwise the server rebuilds it on start).
    /// </summary>
    /// <param name="embedding">The descriptor the index must have been embedded with; null: built without embeddings.</param>
    public static bool IsCurrent(IndexLocation location, IReadOnlyList<string> sources, EmbeddingDescriptor? embedding = null)
    {
        var current = location.Current;
        if (current is null) return false;
        var meta = IndexMeta.Read(current);
        return meta.SchemaVersion == IndexMeta.CurrentSchemaVersion
            && meta.DimensionsFingerprint == Dimensions.Fingerprint
            && meta.Analyzer == new AnalyzerOptions()
            && meta.SourceFingerprint == SourceFingerprint.Compute(sources)
            && Equals(meta.Embedding, embedding);
    }
}
