namespace SearchEngine.Cli;

/// <summary>A user-facing failure: printed as one line without a stack trace, exit code non-zero.</summary>
public sealed class CliException(string message, int exitCode = ExitCodes.BadInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
