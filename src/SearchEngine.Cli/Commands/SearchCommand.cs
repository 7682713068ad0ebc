using System.CommandLine;
using SearchEngine.Cli.Options;
using SearchEngine.Cli.Output;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Search;

namespace SearchEngine.Cli.Commands;

/// <summary><c>searchengine search "query" [filters] [--sort] [--page] [--size] [--mode] [--embeddings] [--json]</c>.</summary>
public static class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string?>("query") { Description = "Query text (words, \"phrases\", +must, -not, title:, author:, word*, word~).", Arity = ArgumentArity.ZeroOrOne };
        var filters = new SearchOptions();
        var sort = new Option<string?>("--sort") { Description = "relevance (default), newest or oldest." };
        var page = new Option<string?>("--page") { Description = "Page number, from 1." };
        var size = new Option<string?>("--size") { Description = "Hits per page, 1 to 100." };
        var cursor = new Option<string?>("--cursor") { Description = "nextCursor of a previous page (deep paging)." };
        var facets = new Option<string?>("--facets") { Description = "Facets to count, e.g. venue,topic,author:50." };
        var mode = new Option<string?>("--mode") { Description = "hybrid, lexical or semantic (default: hybrid when embeddings are on, else lexical), as the API." };
        var embeddings = CommonOptions.Embeddings();
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("search", "Ranked keyword search with filters and facets.")
        {
            query, sort, page, size, cursor, facets, mode, embeddings, index, json,
        };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            var parameters = filters.Read(parse) with
            {
                Q = parse.GetValue(query),
                Sort = parse.GetValue(sort),
                Page = parse.GetValue(page),
                Size = parse.GetValue(size),
                Cursor = parse.GetValue(cursor),
                Facets = parse.GetValue(facets),
            };
            var request = SearchRequest.TryParse(parameters, out var errors);
            if (request is null) return ErrorOutput.Write(console, errors);
            using var paperIndex = IndexOpener.Open(parse.GetValue(index)!);
            // why: the server's vector cache under the index root, so vectors made by the build are reused.
            using var embedder = Embedder.Create(parse.GetValue(embeddings), Path.Combine(parse.GetValue(index)!, "vectors"));
            var vectors = paperIndex.VectorsWith(embedder);
            var search = new HybridSearch(new SearchService(paperIndex, vectors), vectors);
            var chosen = RetrievalModes.TryParse(parse.GetValue(mode), search.DefaultMode, search.HasVectors, out var modeErrors);
            if (chosen is null) return ErrorOutput.Write(console, modeErrors);
            var response = search.Search(request, chosen.Value);
            if (parse.GetValue(json)) JsonOutput.Write(console, response);
            else SearchRenderer.Render(console, response);
            return ExitCodes.Ok;
        });
        return command;
    }
}
