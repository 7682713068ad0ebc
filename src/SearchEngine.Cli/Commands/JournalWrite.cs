using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Journal;

namespace SearchEngine.Cli.Commands;

/// <summary>
/// What <c>add</c> and <c>delete</c> share: under the index lock, append the changes to the journal (durable), then
/// apply them to the live generation, unless a server has it open; the server then applies them within a second.
/// When the CLI applies them itself and the index has vectors, the added papers are embedded into the index root's
/// vector cache now, so the next server or <c>similar</c> finds them there (a server embeds what it applies itself).
/// </summary>
internal static class JournalWrite
{
    public static void Run(CliConsole console, IndexLocation location, IReadOnlyList<JournalEntry> entries, TimeSpan wait,
        EmbeddingMode embeddings = EmbeddingMode.Off)
    {
        if (!location.Exists)
        {
            throw new CliException($"no index at '{location.Root}': build it with 'searchengine index --index {location.Root}'",
                ExitCodes.NoIndex);
        }
        using var held = IndexLock.Acquire(location.Root, wait);
        new ChangeJournal(location.Root).Append(entries);
        using var serving = ServingLock.TryExclusive(location.Root);
        if (serving is null)
        {
            // why: a running server holds the generation's writer; it tails the journal and applies these.
            console.Error.WriteLine($"a server has the index open: it applies the {entries.Count:N0} change(s) within a second");
            return;
        }
        using var index = PaperIndex.Open(location, writable: true);
        index.Apply(entries);
        console.Error.WriteLine($"applied {entries.Count:N0} change(s) to {Path.GetFileName(index.Path)}");
        Embed(console, location, index.Meta, entries, embeddings);
    }

    private static void Embed(CliConsole console, IndexLocation location, IndexMeta meta, IReadOnlyList<JournalEntry> entries,
        EmbeddingMode embeddings)
    {
        var papers = entries.Select(e => e.Paper).OfType<Core.Papers.Paper>().ToList();
        // why: an index built without vectors (or with another model) gets none here; its next build decides.
        if (papers.Count == 0 || meta.Embedding is null) return;
        using var embedder = Embedder.Create(embeddings, Path.Combine(location.Root, "vectors"));
        if (embedder is null || embedder.Descriptor != meta.Embedding) return;
        embedder.EmbedPapers(papers);
        console.Error.WriteLine($"embedded {papers.Count:N0} paper(s)");
    }
}
