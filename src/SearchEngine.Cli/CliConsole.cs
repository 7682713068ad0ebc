using Spectre.Console;

namespace SearchEngine.Cli;

/// <summary>The output of one CLI run: plain writers plus a Spectre console over the same writer.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error, bool interactive)
{
    public static CliConsole System => new(global::System.Console.Out, global::System.Console.Error,
        !global::System.Console.IsOutputRedirected);

    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>True on a terminal: progress bars are drawn only then.</summary>
    public bool Interactive { get; } = interactive;

    public IAnsiConsole Ansi { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(output),
        Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
    });
}
