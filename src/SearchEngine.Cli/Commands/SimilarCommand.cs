using System.CommandLine;
using SearchEngine.Cli.Options;
using SearchEngine.Cli.Output;
using SearchEngine.Core.Search;
using SearchEngine.Core.Similar;

namespace SearchEngine.Cli.Commands;

/// <summary><c>searchengine similar ID [--size N] [filters] [--json]</c>.</summary>
public static class SimilarCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "Paper id." };
        var size = new Option<string?>("--size") { Description = "How many similar papers, 1 to 100 (default 10)." };
        var filters = new SearchOptions();
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("similar", "Papers similar to a paper (more like this), with the terms that made them similar.")
        {
            id, size, index, json,
        };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            var request = SearchRequest.TryParse(filters.Read(parse) with { Size = parse.GetValue(size) }, out var errors);
            if (request is null) return ErrorOutput.Write(console, errors);
            using var paperIndex = IndexOpener.Open(parse.GetValue(index)!);
            var paperId = parse.GetValue(id)!;
            var response = new SimilarPapers(paperIndex).ForPaper(paperId, request.Size, request.Filters)
                ?? throw new CliException($"no paper with id '{paperId}'", ExitCodes.BadInput);
            if (parse.GetValue(json)) JsonOutput.Write(console, response);
            else
            {
                console.Out.WriteLine($"why similar: {string.Join(", ", response.Terms)}");
                SearchRenderer.RenderHits(console, response.Hits);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
