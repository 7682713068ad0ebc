using SearchEngine.Core.Errors;

namespace SearchEngine.Cli.Output;

/// <summary>Prints catalogued request errors as one line each (the same detail the API puts in problem details).</summary>
public static class ErrorOutput
{
    public static int Write(CliConsole console, IEnumerable<SearchError> errors)
    {
        foreach (var error in errors) console.Error.WriteLine($"error: {error.Detail}");
        return ExitCodes.BadInput;
    }
}
