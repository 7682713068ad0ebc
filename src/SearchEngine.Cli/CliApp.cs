using System.CommandLine;
using SearchEngine.Cli.Commands;

namespace SearchEngine.Cli;

/// <summary>Builds the root command; tests call <see cref="RunAsync"/> in-process with captured output.</summary>
public static class CliApp
{
    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand("Paper Search: ingest, index and search research papers.");
        foreach (var command in Commands(console))
        {
            root.Subcommands.Add(command);
        }
        return root;
    }

    private static IEnumerable<Command> Commands(CliConsole console) =>
    [
        IngestCommand.Create(console),
        IndexCommand.Create(console),
        AddCommand.Create(console),
        DeleteCommand.Create(console),
        SearchCommand.Create(console),
        SimilarCommand.Create(console),
        FacetsCommand.Create(console),
        EvalCommand.Create(console),
    ];

    public static Task<int> RunAsync(string[] args, CliConsole console) => RunAsync(Build(console), args, console);

    /// <summary>
    /// Runs <paramref name="root"/> with the CLI's error handling; the tools executable (bench, generate) runs its
    /// own root through here too, so user-facing failures look the same in both.
    /// </summary>
    public static async Task<int> RunAsync(RootCommand root, string[] args, CliConsole console)
    {
        var parse = root.Parse(args);
        // why: the default handler prints stack traces; user-facing failures are one line and an exit code.
        var config = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parse.InvokeAsync(config);
        }
        catch (CliException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return e.ExitCode;
        }
        catch (Core.Indexing.IndexLockedException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Locked;
        }
        catch (Core.Indexing.IndexNotFoundException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.NoIndex;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.NoIndex;
        }
    }
}
