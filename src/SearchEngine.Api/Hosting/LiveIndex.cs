using Microsoft.Extensions.Options;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Journal;
using SearchEngine.Core.Options;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// The server side of a live index root: opens the generation <c>CURRENT</c> names and, when a rebuild (the server's
/// own, in its <see cref="RebuildChild"/>, or <c>searchengine index</c>) publishes a newer one, opens that and makes it current in
/// <see cref="IndexState"/>. The old generation is disposed after its last request and then deleted from disk.
/// <para/>It is also the one write path: a write is appended to the <see cref="ChangeJournal"/> (fsynced: durable)
/// and then applied to the open index from the journal, together with entries other processes appended
/// (<c>searchengine add</c>). Opening a generation applies the journal entries written after it was built.
/// <para/>It owns the process's <see cref="Embedder"/> (when embeddings are on): every generation shares it, and
/// every applied write's papers are embedded into its cache before the write returns, so semantic results never lag
/// the words and no search pays for a write's embedding.
/// </summary>
public sealed partial class LiveIndex(
    IndexState state,
    IOptions<IndexSettings> settings,
    IOptions<RankingOptions> ranking,
    PathResolver paths,
    ILogger<LiveIndex> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ServingLock? _serving;
    private string? _openName;
    private long _applied;

    public IndexLocation Location { get; } = new(paths.Resolve(settings.Value.Path));

    public ChangeJournal Journal => new(Location.Root);

    /// <summary>The embedder every generation uses; null when embeddings are off (or not loaded yet).</summary>
    public Embedder? Embedder { get; private set; }

    /// <summary>
    /// Loads the embedding model as <see cref="IndexSettings.Embeddings"/> says (vectors cached under the index
    /// root's <c>vectors/</c>); call once, before the first open.
    /// </summary>
    public Embedder? LoadEmbedder()
    {
        Embedder ??= Embedder.Create(settings.Value.Embeddings, Path.Combine(Location.Root, "vectors"));
        return Embedder;
    }

    /// <summary>
    /// Appends <paramref name="entries"/> to the journal (durable when this returns) and applies everything the
    /// open index has not seen yet; searches see the changes when it returns.
    /// </summary>
    public async Task WriteAsync(IReadOnlyList<JournalEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0) return;
        // why: not cancellable once appended; a client hanging up must not leave a durable write unapplied.
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Journal.Append(entries);
            CatchUpLocked();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies journal entries appended by other processes (<c>searchengine add/delete</c>).</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        if (!state.IsReady || Journal.Length <= Volatile.Read(ref _applied)) return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            CatchUpLocked();
        }
        finally
        {
            _gate.Release();
        }
    }

    private void CatchUpLocked()
    {
        var entries = Journal.ReadFrom(_applied, out var end);
        // why: the fsynced journal is the durable copy (replayed when a generation is opened), so no Lucene
        // commit per write; the index is committed when the writer is disposed.
        Embed(entries);
        state.Ready.Index.Apply(entries, commit: false);
        Volatile.Write(ref _applied, end);
    }

    /// <summary>
    /// Serializes switches (and writes to the open index) in this process. Callers release it.
    /// </summary>
    public SemaphoreSlim Gate => _gate;

    /// <summary>Opens the live generation now (at start).</summary>
    public void OpenCurrent()
    {
        _gate.Wait();
        try
        {
            OpenLocked();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Switches to the generation <c>CURRENT</c> names if it is not the open one. Returns whether it switched.
    /// </summary>
    public async Task<bool> SwitchIfPublishedAsync(CancellationToken cancellationToken)
    {
        if (!state.IsReady || Location.CurrentName == _openName) return false;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Location.CurrentName == _openName) return false;
            OpenLocked();
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    private void OpenLocked()
    {
        // why: held before the generation's writer opens, so 'searchengine add' leaves the writing to this process.
        _serving ??= ServingLock.Share(Location.Root, TimeSpan.FromSeconds(30));
        var index = PaperIndex.Open(Location, ranking.Value, writable: true);
        var meta = index.Meta;
        var name = System.IO.Path.GetFileName(index.Path!);
        try
        {
            // why: the generation was built from the journal up to its offset; later writes are applied now,
            // before it serves, so a switch never hides an acknowledged write.
            var entries = Journal.ReadFrom(meta.JournalOffset, out var end);
            Embed(entries);
            index.Apply(entries, commit: false);
            _applied = end;
        }
        catch
        {
            index.Dispose();
            throw;
        }
        var ready = new ReadyIndex(index, meta, Embedder, onDisposed: RemoveUnused);
        GenerationWarmer.Warm(ready, logger);
        state.Open(ready);
        _openName = name;
        LogOpened(logger, name, meta.Papers);
    }

    /// <summary>
    /// Embeds the upserted papers of <paramref name="entries"/> into the cache (only texts it lacks reach the model);
    /// a segment's vectors are then found there when it is first searched. Deleted papers need nothing: a deleted
    /// document is never live, so never a neighbour.
    /// </summary>
    private void Embed(IReadOnlyList<JournalEntry> entries)
    {
        var papers = entries.Select(e => e.Paper).OfType<Core.Papers.Paper>().ToList();
        if (Embedder is not null && papers.Count > 0) Embedder.EmbedPapers(papers);
    }

    private void RemoveUnused()
    {
        try
        {
            Location.RemoveUnused(builderLockHeld: false);
            // why: the retired generation's files are memory-mapped (Indexing/MappedInput) and their disk space returns
            // when the mappings are finalized; a background collection soon, once the disposing caller has let go of
            // them, rather than whenever the heap next fills (an idle server may not collect for hours), gives back a
            // million-paper index's 1.6 GB promptly. Best effort: a mapping still held is released by a later one.
            _ = Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(
                _ => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false), TaskScheduler.Default);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogCleanupFailed(logger, e.Message);
        }
    }

    public void Dispose()
    {
        // why: the container disposes this before IndexState (created first); the generation's writer must be
        // closed before serve.lock lets 'searchengine add' open one of its own.
        state.Dispose();
        _serving?.Dispose();
        Embedder?.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving generation {Generation}: {Papers} papers")]
    private static partial void LogOpened(ILogger logger, string generation, int papers);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Old generations could not be removed yet: {Reason}")]
    private static partial void LogCleanupFailed(ILogger logger, string reason);
}
