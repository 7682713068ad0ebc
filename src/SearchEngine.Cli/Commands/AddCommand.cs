using System.CommandLine;
using SearchEngine.Cli.Options;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Journal;

namespace SearchEngine.Cli.Commands;

/// <summary>
/// <c>searchengine add FILE.jsonl… [--index DIR] [--wait SECONDS] [--embeddings auto|on|off]</c>: add or replace papers (exchange schema, one per
/// line) by id, like <c>POST /api/papers</c>: journaled, so they survive rebuilds. Bad lines are reported as
/// <c>file:line: reason</c> and skipped.
/// </summary>
public static class AddCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files") { Description = "JSON Lines files in the exchange schema.", Arity = ArgumentArity.OneOrMore };
        var index = CommonOptions.Index();
        var wait = CommonOptions.Wait();
        var embeddings = CommonOptions.Embeddings();
        var command = new Command("add", "Add or replace papers by id from JSON Lines files (kept across rebuilds).")
        {
            files, index, wait, embeddings,
        };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files) ?? [];
            CommonOptions.RequireSources(paths);
            var entries = new List<JournalEntry>();
            var bad = 0;
            foreach (var path in paths)
            {
                var name = Path.GetFileName(path);
                using var reader = File.OpenText(path);
                foreach (var line in WrittenPaperReader.Read(reader, name))
                {
                    if (line.Paper is { } paper) entries.Add(JournalEntry.Upsert(paper));
                    else
                    {
                        bad++;
                        console.Error.WriteLine($"{name}:{line.Line}: {line.Error}");
                    }
                }
            }
            if (entries.Count == 0) throw new CliException("no valid paper to add", ExitCodes.NothingRead);
            JournalWrite.Run(console, new IndexLocation(parse.GetValue(index)!), entries,
                TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(wait))), parse.GetValue(embeddings));
            console.Out.WriteLine($"added {entries.Count:N0} paper(s); {bad:N0} line(s) rejected");
            return bad == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        });
        return command;
    }
}
