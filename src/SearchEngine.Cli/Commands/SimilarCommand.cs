using System.CommandLine;
using SearchEngine.Cli.Options;
using SearchEngine.Cli.Output;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Search;
using SearchEngine.Core.Similar;

namespace SearchEngine.Cli.Commands;

/// <summary><c>searchengine similar ID [--size N] [--mode lexical|semantic|hybrid] [--embeddings auto|on|off] [filters] [--json]</c>.</summary>
public static class SimilarCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "Paper id." };
        var size = new Option<string?>("--size") { Description = "How many similar papers, 1 to 100 (default 10)." };
        var mode = new Option<string?>("--mode") { Description = "lexical, semantic or hybrid (default: hybrid when embeddings are on, else lexical)." };
        var embeddings = CommonOptions.Embeddings();
        var filters = new SearchOptions();
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("similar", "Papers similar to a paper (more like this), with the terms that made them similar.")
        {
            id, size, mode, embeddings, index, json,
        };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            var request = SearchRequest.TryParse(filters.Read(parse) with { Size = parse.GetValue(size) }, out var errors);
            if (request is null) return ErrorOutput.Write(console, errors);
            using var paperIndex = IndexOpener.Open(parse.GetValue(index)!);
            // why: the server's vector cache under the index root, so vectors made by the build are reused.
            using var embedder = Embedder.Create(parse.GetValue(embeddings), Path.Combine(parse.GetValue(index)!, "vectors"));
            var similar = new HybridSimilarPapers(paperIndex, paperIndex.VectorsWith(embedder));
            var chosen = RetrievalModes.TryParse(parse.GetValue(mode), similar.DefaultMode, similar.HasVectors, out var modeErrors);
            if (chosen is null) return ErrorOutput.Write(console, modeErrors);
            var paperId = parse.GetValue(id)!;
            var response = similar.ForPaper(paperId, request.Size, request.Filters, chosen.Value)
                ?? throw new CliException($"no paper with id '{paperId}'", ExitCodes.BadInput);
            if (parse.GetValue(json)) JsonOutput.Write(console, response);
            else
            {
                console.Out.WriteLine($"mode: {response.Mode}; why similar: {string.Join(", ", response.Terms)}");
                SearchRenderer.RenderHits(console, response.Hits);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
