using System.CommandLine;
using SearchEngine.Cli;
using SearchEngine.Tools.Commands;

namespace SearchEngine.Tools;

/// <summary>
/// Builds the root command of <c>searchengine-tools</c>; run it through <see cref="CliApp.RunAsync(RootCommand, string[], CliConsole)"/>
/// so errors read as the CLI's do. Tests call that in-process with captured output.
/// </summary>
public static class ToolsApp
{
    public static RootCommand Build(CliConsole console) => new("Paper Search developer tools: synthetic corpora, benchmarks, snippet comparison, topic calibration.")
    {
        GenerateCommand.Create(console),
        BenchCommand.Create(console),
        SnippetsCommand.Create(console),
        TopicsCurveCommand.Create(console),
        VectorsCommand.Create(console),
    };

    public static Task<int> RunAsync(string[] args, CliConsole console) => CliApp.RunAsync(Build(console), args, console);
}
