using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using SearchEngine.Core.Analysis;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Options;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Schema;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchEngine.Core.Indexing;

/// <summary>
/// One open paper index: a long-lived <see cref="IndexWriter"/> (when writable) and a <see cref="SearcherManager"/>
/// shared by all searches. Changes by id are committed (durable) and visible to searches within a second
/// (near-real-time reopen thread). Thread-safe.
/// </summary>
public sealed class PaperIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter? _writer;
    private readonly TrackingIndexWriter? _tracking;
    private readonly ControlledRealTimeReopenThread<IndexSearcher>? _reopen;
    private readonly PaperDocumentMapper _mapper;
    private readonly object _commitLock = new();
    private GenerationLease? _lease;

    private PaperIndex(LuceneDirectory directory, IndexMeta meta, RankingOptions ranking, bool writable,
        Func<IndexReader, Similarity, IndexSearcher>? newSearcher = null)
    {
        _directory = directory;
        Meta = meta;
        Ranking = ranking;
        Analyzer = PaperAnalyzers.Create(meta.Analyzer);
        _mapper = new PaperDocumentMapper();
        var factory = new RankingSearcherFactory(Similarity, newSearcher ?? DefaultSearcher);
        if (writable)
        {
            _writer = new IndexWriter(directory, NewWriterConfig(Analyzer, OpenMode.CREATE_OR_APPEND));
            _tracking = new TrackingIndexWriter(_writer);
            Searchers = new SearcherManager(_writer, applyAllDeletes: true, factory);
            // why: a background thread refreshes the searcher (never per query); a waiting writer gets its
            // change visible within 25 ms, an idle index is refreshed at least every second.
            _reopen = new ControlledRealTimeReopenThread<IndexSearcher>(_tracking, Searchers, 1.0, 0.025)
            {
                Name = "paper-index-nrt-reopen",
                IsBackground = true,
            };
            _reopen.Start();
        }
        else
        {
            Searchers = new SearcherManager(directory, factory);
        }
    }

    public IndexMeta Meta { get; private set; }

    /// <summary>
    /// The papers' vectors through <paramref name="embedder"/> when this index was built with its embedding (same
    /// model, text, pooling and quantization); null when embeddings are off or the index was built without them or
    /// with another embedding: such an index is searched lexically.
    /// </summary>
    // why: a segment's vectors missing from the cache are embedded when the segment is first searched (papers upserted
    // after the build). For an index built without embeddings that is every paper: at 100k papers a first hybrid
    // search ran for hours (measured: a search that never answered while the server burned both cores).
    public PaperVectors? VectorsWith(Embedder? embedder) =>
        embedder is not null && Meta.Embedding is { } built && built == embedder.Descriptor ? new PaperVectors(embedder) : null;
    public RankingOptions Ranking { get; }
    /// <summary>The per-field analyzer this index was built with (also used for query text).</summary>
    public Analyzer Analyzer { get; }
    public SearcherManager Searchers { get; }
    public Similarity Similarity => new BM25Similarity(Ranking.K1, Ranking.B);
    public bool IsWritable => _writer is not null;
    /// <summary>Directory on disk, or null for an in-memory index.</summary>
    public string? Path { get; private init; }

    /// <summary>
    /// Opens the live generation of <paramref name="location"/> and leases it (<see cref="GenerationLease"/>) until
    /// disposed, so a rebuild that publishes a newer one does not delete it under this reader.
    /// </summary>
    /// <exception cref="IndexNotFoundException">No complete index exists there.</exception>
    public static PaperIndex Open(IndexLocation location, RankingOptions? ranking = null, bool writable = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            var dir = location.Current ?? throw new IndexNotFoundException(
                $"no index at '{location.Root}': build one with 'searchengine index'");
            GenerationLease lease;
            try
            {
                lease = GenerationLease.Take(dir);
            }
            catch (DirectoryNotFoundException) when (attempt < 5)
            {
                // why: a publish replaced and removed this generation between reading CURRENT and leasing it.
                continue;
            }
            try
            {
                return new PaperIndex(OpenDirectory(dir), IndexMeta.Read(dir), ranking ?? new RankingOptions(), writable)
                {
                    Path = dir,
                    _lease = lease,
                };
            }
            catch
            {
                lease.Dispose();
                throw;
            }
        }
    }

    /// <summary>An in-memory index with <paramref name="papers"/> (tests, evaluation).</summary>
    public static PaperIndex InMemory(IEnumerable<Paper> papers, AnalyzerOptions? analyzer = null,
        RankingOptions? ranking = null)
    {
        var meta = new IndexMeta { Analyzer = analyzer ?? new AnalyzerOptions(), BuiltAt = DateTimeOffset.UtcNow };
        var dir = new RAMDirectory();
        var count = IndexWriting.WriteAll(dir, papers, meta.Analyzer, progress: null);
        return new PaperIndex(dir, meta with { Papers = count }, ranking ?? new RankingOptions(), writable: true);
    }

    /// <summary>
    /// An in-memory index whose segments are exactly <paramref name="segments"/>, written in order (see
    /// <see cref="IndexWriting.WriteSegments"/>): a deterministic layout for tests.
    /// </summary>
    /// <param name="slices">When set, every search is split into up to this many slices of segments, however small
    /// (see <see cref="SlicedSearcher"/>): a deterministic way for tests to take the parallel path.</param>
    internal static PaperIndex InMemorySegments(IEnumerable<IReadOnlyList<Paper>> segments, AnalyzerOptions? analyzer = null,
        RankingOptions? ranking = null, int? slices = null)
    {
        var meta = new IndexMeta { Analyzer = analyzer ?? new AnalyzerOptions(), BuiltAt = DateTimeOffset.UtcNow };
        var dir = new RAMDirectory();
        var count = IndexWriting.WriteSegments(dir, segments, meta.Analyzer);
        Func<IndexReader, Similarity, IndexSearcher>? newSearcher = slices is { } n
            ? (reader, similarity) => new SlicedSearcher(reader, similarity, n, minDocsPerSlice: 1, yieldWhenBusy: false)
            : null;
        return new PaperIndex(dir, meta with { Papers = count }, ranking ?? new RankingOptions(), writable: true, newSearcher);
    }

    /// <summary>The directory of an on-disk index (<see cref="IndexDirectory"/>).</summary>
    internal static LuceneDirectory OpenDirectory(string path) => new IndexDirectory(new DirectoryInfo(path));

    static PaperIndex() => PaperCodec.Register();

    internal static IndexWriterConfig NewWriterConfig(Analyzer analyzer, OpenMode mode)
    {
        PaperCodec.Register();
        return new(LuceneDefaults.Version, analyzer)
        {
            OpenMode = mode,
            Similarity = new BM25Similarity(),
            Codec = new PaperCodec(),
            // why: large buffer → fewer, bigger flushed segments while bulk indexing.
            RAMBufferSizeMB = 256,
            // why: compound files would copy every flushed and merged segment once more (CPU and I/O while
            // indexing) only to save file handles, which a single index does not run short of.
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        };
    }

    /// <summary>Adds or replaces papers by id, commits, and waits until searches see them.</summary>
    public void Upsert(IEnumerable<Paper> papers)
    {
        var tracking = RequireWriter();
        long generation = 0;
        foreach (var paper in papers)
        {
            generation = tracking.UpdateDocument(new Term(PaperFields.Id, paper.Id), _mapper.ToDocument(paper));
        }
        CommitAndWait(generation);
    }

    /// <summary>
    /// Applies journal entries in order (upserts by id, deletes) and waits until searches see them. With
    /// <paramref name="commit"/> they are also committed to the index; without, the caller's journal is what makes
    /// them durable (the server replays it when it opens the index), and a write costs no Lucene commit.
    /// </summary>
    public void Apply(IReadOnlyList<Journal.JournalEntry> entries, bool commit = true)
    {
        var tracking = RequireWriter();
        long generation = 0;
        foreach (var entry in entries)
        {
            var id = new Term(PaperFields.Id, entry.Id);
            generation = entry.Paper is { } paper
                ? tracking.UpdateDocument(id, _mapper.ToDocument(paper))
                : tracking.DeleteDocuments(id);
        }
        if (entries.Count == 0) return;
        if (commit) CommitAndWait(generation);
        else _reopen!.WaitForGeneration(generation);
    }

    /// <summary>Deletes a paper by id; returns whether it existed.</summary>
    public bool Delete(string id)
    {
        var tracking = RequireWriter();
        var existed = Get(id) is not null;
        var generation = tracking.DeleteDocuments(new Term(PaperFields.Id, id));
        CommitAndWait(generation);
        return existed;
    }

    /// <summary>The stored paper with this id, or null.</summary>
    public Paper? Get(string id)
    {
        using var context = Searchers.GetContext();
        var searcher = context.Reference;
        return DocOf(searcher, id) is { } doc ? LoadPaper(searcher, doc) : null;
    }

    /// <summary>The document of the paper with this id in <paramref name="searcher"/>'s snapshot, or null.</summary>
    public static int? DocOf(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(PaperFields.Id, id)), 1);
        return top.TotalHits == 0 ? null : top.ScoreDocs[0].Doc;
    }

    /// <summary>
    /// The stored paper of <paramref name="doc"/> in <paramref name="searcher"/>'s snapshot, kept for the requests
    /// that follow (<see cref="StoredPapers"/>).
    /// </summary>
    public static Paper LoadPaper(IndexSearcher searcher, int doc) =>
        StoredPapers.Get(searcher.TopReaderContext, doc, d => ReadPaper(searcher, d));

    /// <summary>
    /// As <see cref="LoadPaper"/>, not kept: for a pass over many papers (an export), which would only push out the
    /// papers that requests share.
    /// </summary>
    public static Paper ReadPaper(IndexSearcher searcher, int doc) =>
        StoredPaperCodec.Decode(searcher.Doc(doc, SourceOnly).Get(PaperFields.Source));

    /// <summary>Decoded stored papers per snapshot (a few KB each: ~10 MB at most).</summary>
    /// <remarks>
    /// why: a search loads its ten feedback papers (the first pass's best) and then its ten hits (the best after
    /// feedback), mostly the same papers; each load decompresses a 16 KB DEFLATE block and parses the JSON (~60 µs
    /// measured at 100k and 1M), and the next page, a refresh or a related query loads them again. Papers are
    /// immutable records, so requests may share them; like Solr's document cache, keyed by the snapshot's doc ids.
    /// </remarks>
    private static readonly SnapshotCache<int, Paper> StoredPapers = new(2048);

    private static readonly ISet<string> SourceOnly = new HashSet<string> { PaperFields.Source };

    /// <summary>The paper id of <paramref name="doc"/>, read from the stored id alone (cheaper than <see cref="LoadPaper"/>).</summary>
    public static string LoadId(IndexSearcher searcher, int doc) => searcher.Doc(doc, IdOnly).Get(PaperFields.Id);

    private static readonly ISet<string> IdOnly = new HashSet<string> { PaperFields.Id };

    private TrackingIndexWriter RequireWriter() =>
        _tracking ?? throw new InvalidOperationException("the index was opened read-only");

    private void CommitAndWait(long generation)
    {
        lock (_commitLock)
        {
            // why: every acknowledged change is durable; commits are serialized so two callers never interleave.
            _writer!.Commit();
        }
        _reopen!.WaitForGeneration(generation);
    }

    public void Dispose()
    {
        _reopen?.Dispose();
        Searchers.Dispose();
        _writer?.Dispose();
        _directory.Dispose();
        _lease?.Dispose();
    }

    /// <summary>
    /// Searchers that split a query over slices of segments, one per core (<see cref="SlicedSearcher"/>): search and
    /// facet counting use both cores of a small machine for one request. They are budgeted searchers
    /// (<see cref="Limits.BudgetedIndexSearcher"/>): a request's time budget and cancellation stop any search it makes.
    /// </summary>
    private static IndexSearcher DefaultSearcher(IndexReader reader, Similarity similarity) =>
        new SlicedSearcher(reader, similarity, Environment.ProcessorCount);

    private sealed class RankingSearcherFactory(Similarity similarity, Func<IndexReader, Similarity, IndexSearcher> newSearcher)
        : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => newSearcher(reader, similarity);
    }
}
