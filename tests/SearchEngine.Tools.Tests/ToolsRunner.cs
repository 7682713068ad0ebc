using SearchEngine.Cli;

namespace SearchEngine.Tools.Tests;

/// <summary>Runs <c>searchengine-tools</c> in-process with captured output (no process is spawned).</summary>
public static class ToolsRunner
{
    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await ToolsApp.RunAsync(args, new CliConsole(output, error, interactive: false));
        return (exit, output.ToString(), error.ToString());
    }
}
