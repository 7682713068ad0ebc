using SearchEngine.Cli;

// Composition only: each command lives in Commands/<Verb>Command.cs.
return await CliApp.RunAsync(args, CliConsole.System);
