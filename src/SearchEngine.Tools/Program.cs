using SearchEngine.Cli;
using SearchEngine.Tools;

// Composition only: each command lives in Commands/<Verb>Command.cs.
return await ToolsApp.RunAsync(args, CliConsole.System);
