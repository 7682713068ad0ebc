using System.CommandLine;
using SearchEngine.Cli.Options;

namespace SearchEngine.Cli.Commands;

/// <summary><c>searchengine ingest</c>: read, merge, summarize and optionally export papers. (placeholder)</summary>
public static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var source = CommonOptions.Source();
        var command = new Command("ingest", "Read pages and JSON Lines, merge papers, print a summary.") { source };
        command.SetAction(parse =>
        {
            console.Out.WriteLine(string.Join(",", parse.GetValue(source) ?? []));
            return 0;
        });
        return command;
    }
}
