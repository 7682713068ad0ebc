using SearchEngine.Core.Indexing;
using SearchEngine.Core.Journal;

namespace SearchEngine.Cli.Commands;

/// <summary>
/// What <c>add</c> and <c>delete</c> share: under the index lock, append the changes to the journal (durable), then
/// apply them to the live generation, unless a server has it open; the server then applies them within a second.
/// </summary>
internal static class JournalWrite
{
    public static void Run(CliConsole console, IndexLocation location, IReadOnlyList<JournalEntry> entries, TimeSpan wait)
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
    }
}
