using System.CommandLine;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using SearchEngine.Cli;
using SearchEngine.Core.Evaluation;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Querying;
using SearchEngine.Core.Schema;
using SearchEngine.Core.Search;
using SearchEngine.Core.Snippets;
using SearchEngine.Tools.Snippets;

namespace SearchEngine.Tools.Commands;

/// <summary>
/// <c>searchengine-tools snippets --collection DIR… [--seeds DIR]</c>: our <see cref="SnippetBuilder"/> against
/// Lucene.Net.Highlighter (<see cref="Highlighter"/> + <see cref="QueryScorer"/> + <see cref="SimpleSpanFragmenter"/>,
/// the same analyzer, the same ~200-character budget) on the top 10 hits of every query: how often a snippet
/// shows a match, how many distinct matched words it shows, how often it starts mid-word, and the time per snippet.
/// docs/architecture.md records the figures and the choice.
/// </summary>
public static partial class SnippetsCommand
{
    /// <summary>Queries for the seed pages, which come without any: what the README and tests search for.</summary>
    private static readonly string[] SeedQueries =
    [
        "efficient vision transformer", "ghostnet cheap operations", "large language model", "graph neural network",
        "quantization", "speculative decoding", "diffusion model", "pruning", "object detection", "submodular maximization",
        "super resolution", "knowledge distillation", "mixture of experts", "state space model", "image classification",
    ];

    public static Command Create(CliConsole console)
    {
        var collections = new Option<string[]>("--collection") { Description = "Evaluation collection folder (corpus.jsonl, queries.tsv); repeatable.", Arity = ArgumentArity.ZeroOrMore };
        var seeds = new Option<string?>("--seeds") { Description = "A folder of seed pages, searched with a fixed query list." };
        var command = new Command("snippets", "Compare our snippet builder with Lucene.Net.Highlighter (quality proxies and speed).")
        {
            collections, seeds,
        };
        command.SetAction(parse =>
        {
            var sets = new List<(string Name, IReadOnlyList<Core.Papers.Paper> Papers, IReadOnlyList<string> Queries)>();
            foreach (var dir in parse.GetValue(collections) ?? [])
            {
                var collection = EvalCollection.Load(dir);
                sets.Add((Path.GetFileName(Path.GetFullPath(dir).TrimEnd('/')), collection.Papers, collection.Queries.Select(q => q.Text).ToList()));
            }
            if (parse.GetValue(seeds) is { } seedDir)
            {
                var ingested = PaperIngester.Ingest([seedDir]);
                sets.Add(("seeds", ingested.Papers, SeedQueries));
            }
            if (sets.Count == 0) throw new CliException("give at least one --collection or --seeds");
            console.Out.WriteLine(SnippetStats.Header);
            foreach (var (name, papers, queries) in sets)
            {
                var (ours, lucene) = Compare(papers, queries);
                console.Out.WriteLine($"[{name}]");
                console.Out.WriteLine(ours.ToString());
                console.Out.WriteLine(lucene.ToString());
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Both builders over the top 10 hits of each query (papers with an abstract only).</summary>
    public static (SnippetStats Ours, SnippetStats Lucene) Compare(IReadOnlyList<Core.Papers.Paper> papers, IEnumerable<string> queries)
    {
        using var index = PaperIndex.InMemory(papers);
        var service = new SearchService(index);
        var builder = new SnippetBuilder(index.Analyzer);
        var compiler = new QueryCompiler(index.Analyzer, index.Ranking);
        var ours = new SnippetStats("ours (SnippetBuilder)");
        var lucene = new SnippetStats("Lucene.Net.Highlighter");
        using var context = index.Searchers.GetContext();
        var searcher = context.Reference;
        foreach (var text in queries)
        {
            var request = SearchRequest.TryParse(new SearchParameters { Q = text }, out _);
            var parsed = LenientQueryParser.Parse(text);
            if (request is null || compiler.Compile(parsed) is not { } query) continue;
            var rewritten = searcher.Rewrite(query);
            var terms = SnippetTerms.FromQuery(rewritten, QueryCompiler.Prefixes(parsed));
            // why: the fragmenter reads the scorer's state while the highlighter drives it: one instance for both.
            var scorer = new QueryScorer(rewritten);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("\u0001", "\u0002"), scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, SnippetBuilder.DefaultMaxChars),
            };
            foreach (var hit in service.Rank(request, 10))
            {
                if (index.Get(hit.Id) is not { Abstract.Length: > 0 } paper) continue;

                var clock = Stopwatch.StartNew();
                var snippet = builder.Build(paper, terms);
                ours.Add(snippet.Text, snippet.HighlightedTexts.ToList(), paper.Abstract, clock.Elapsed);

                clock.Restart();
                var marked = highlighter.GetBestFragment(index.Analyzer, PaperFields.Title, paper.Abstract) ?? "";
                var elapsed = clock.Elapsed;
                var plain = marked.Replace("\u0001", "", StringComparison.Ordinal).Replace("\u0002", "", StringComparison.Ordinal);
                lucene.Add(plain, Marks().Matches(marked).Select(m => m.Groups[1].Value).ToList(), paper.Abstract, elapsed);
            }
        }
        return (ours, lucene);
    }

    [GeneratedRegex("\u0001(.*?)\u0002")]
    private static partial Regex Marks();
}
