using SearchEngine.Core.Limits;
using Spectre.Console;

namespace SearchEngine.Cli;

/// <summary>
/// The output of one CLI run (plain writers plus a Spectre console over the same writer) and the one thing a
/// command may change about its process: its CPU priority.
/// </summary>
/// <param name="lowerPriority">Lowers the process's priority and returns its nice value (null: not lowered);
/// <see cref="System"/> uses <see cref="BackgroundPriority.LowerProcess"/>. Null (tests): the request is only
/// recorded in <see cref="PriorityLowered"/>, so an in-process test never slows its own test host.</param>
public sealed class CliConsole(TextWriter output, TextWriter error, bool interactive, Func<int?>? lowerPriority = null)
{
    public static CliConsole System => new(global::System.Console.Out, global::System.Console.Error,
        !global::System.Console.IsOutputRedirected, BackgroundPriority.LowerProcess);

    /// <summary>True once a command asked for <see cref="LowerPriority"/>.</summary>
    public bool PriorityLowered { get; private set; }

    /// <summary>Lowers the process's CPU priority (see <see cref="BackgroundPriority"/>); returns the nice value now set, or null.</summary>
    public int? LowerPriority()
    {
        PriorityLowered = true;
        return lowerPriority?.Invoke();
    }

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
