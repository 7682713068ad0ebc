using System.CommandLine;
using SearchEngine.Cli.Options;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Journal;

namespace SearchEngine.Cli.Commands;

/// <summary>
/// <c>searchengine delete ID… [--index DIR] [--wait SECONDS]</c>: delete papers by id, like
/// <c>DELETE /api/papers/{id}</c>: journaled, so a rebuild from the sources does not bring them back.
/// </summary>
public static class DeleteCommand
{
    public static Command Create(CliConsole console)
    {
        var ids = new Argument<string[]>("ids") { Description = "Paper ids.", Arity = ArgumentArity.OneOrMore };
        var index = CommonOptions.Index();
        var wait = CommonOptions.Wait();
        var command = new Command("delete", "Delete papers by id (also from future rebuilds).") { ids, index, wait };
        command.SetAction(parse =>
        {
            var entries = (parse.GetValue(ids) ?? []).Select(JournalEntry.Delete).ToList();
            JournalWrite.Run(console, new IndexLocation(parse.GetValue(index)!), entries,
                TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(wait))));
            console.Out.WriteLine($"deleted {entries.Count:N0} id(s)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
