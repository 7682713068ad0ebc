namespace SearchEngine.Cli.Options;

/// <summary><c>searchengine index --priority</c>: the CPU priority a build runs at.</summary>
public enum BuildPriority
{
    /// <summary>Nice 10 (<see cref="Core.Limits.BackgroundPriority"/>): yields the CPU to a server beside it. The default.</summary>
    Low,
    /// <summary>The priority the command was started with.</summary>
    Normal,
}
