using System.Text.Json;
using SearchEngine.Core.Search;

namespace SearchEngine.Cli.Output;

/// <summary>Prints a response exactly as the HTTP API serializes it.</summary>
public static class JsonOutput
{
    public static void Write<T>(CliConsole console, T value) =>
        console.Out.WriteLine(JsonSerializer.Serialize(value, SearchJson.Options));
}
