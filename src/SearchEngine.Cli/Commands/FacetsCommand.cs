using System.CommandLine;
using SearchEngine.Cli.Options;
using SearchEngine.Cli.Output;
using SearchEngine.Core.Search;

namespace SearchEngine.Cli.Commands;

/// <summary><c>searchengine facets ["query"] [filters] [--json]</c>: counts only.</summary>
public static class FacetsCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string?>("query") { Description = "Optional query text.", Arity = ArgumentArity.ZeroOrOne };
        var filters = new SearchOptions();
        var facets = new Option<string?>("--facets") { Description = "Facets to count, e.g. venue,topic,author:50." };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("facets", "Facet counts (venue, topic, year, type, author) for a query and filters.")
        {
            query, facets, index, json,
        };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            var request = SearchRequest.TryParse(filters.Read(parse) with
            {
                Q = parse.GetValue(query),
                Facets = parse.GetValue(facets),
            }, out var errors);
            if (request is null) return ErrorOutput.Write(console, errors);
            using var paperIndex = IndexOpener.Open(parse.GetValue(index)!);
            var response = new SearchService(paperIndex).Facets(request);
            if (parse.GetValue(json)) JsonOutput.Write(console, response);
            else
            {
                console.Out.WriteLine($"{response.Total} papers");
                SearchRenderer.RenderFacets(console, response.Facets, response.FacetInfo);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
