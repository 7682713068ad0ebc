using System.CommandLine;
using System.Text.Json;
using SearchEngine.Cli.Options;
using SearchEngine.Cli.Output;
using SearchEngine.Core.Exchange;
using SearchEngine.Core.Ingest;

namespace SearchEngine.Cli.Commands;

/// <summary>
/// <c>searchengine ingest [--source PATH...] [--out FILE.jsonl] [--json]</c>: read pages and JSON Lines,
/// merge papers, print a summary, optionally export the merged papers ordered by id.
/// </summary>
public static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var source = CommonOptions.Source();
        var json = CommonOptions.Json();
        var output = new Option<string?>("--out") { Description = "Write the merged papers as JSON Lines to this file." };
        var command = new Command("ingest", "Read pages and JSON Lines, merge papers, print a summary.") { source, output, json };
        command.SetAction(parse => Run(console, parse.GetValue(source) ?? [], parse.GetValue(output), parse.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string[] sources, string? outPath, bool asJson)
    {
        CommonOptions.RequireSources(sources);
        var result = PaperIngester.Ingest(sources);
        if (outPath is not null)
        {
            WritePapers(result, outPath);
        }
        if (asJson)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(IngestSummaryJson.From(result.Report, outPath), CliJsonContext.Default.IngestSummaryJson));
        }
        else
        {
            IngestSummaryRenderer.Render(console.Ansi, result.Report, outPath);
        }
        if (result.Report.TotalRecords == 0)
        {
            console.Error.WriteLine("error: no records could be read from the given sources");
            return ExitCodes.NothingRead;
        }
        return ExitCodes.Ok;
    }

    private static void WritePapers(IngestResult result, string outPath)
    {
        try
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(outPath));
            if (dir is not null)
            {
                Directory.CreateDirectory(dir);
            }
            using var writer = new StreamWriter(outPath);
            JsonLinesWriter.Write(result.Papers, writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {outPath}: {e.Message}", ExitCodes.BadInput);
        }
    }
}
