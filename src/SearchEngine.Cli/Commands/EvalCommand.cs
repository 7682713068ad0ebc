using System.CommandLine;
using System.Text.Json;
using SearchEngine.Cli.Options;
using SearchEngine.Cli.Output;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Evaluation;
using SearchEngine.Core.Options;

namespace SearchEngine.Cli.Commands;

/// <summary>
/// <c>searchengine eval --collection DIR [--collection DIR ...] [--baseline] [--set key=value ...] [--run OUT.trec] [--json]</c>:
/// indexes each test collection in memory and reports MAP, nDCG@10, P@10 and Recall@100 (and similar-paper P@10 and
/// MRR when it has links), with trec_eval's conventions, in one table: each collection, then their mean; with
/// <c>--baseline</c> the stock configuration (<see cref="StockBaseline"/>) beside the defaults.
/// </summary>
public static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var collection = new Option<string[]>("--collection")
        {
            Description = "Directory with corpus.jsonl, queries.tsv, qrels.txt and optionally links.tsv (repeatable: one row each, plus their mean).",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var baseline = new Option<bool>("--baseline")
        {
            Description = "Also run the stock configuration (BM25 1.2/0.75, Porter, one combined field, Lucene's MoreLikeThis defaults) beside the defaults.",
        };
        var set = new Option<string[]>("--set")
        {
            Description = "Override a default setting, e.g. k1=0.9, b=0.4, title=2, feedback=true, mlt.mindocfreq=2, analyzer.stemmer=kstem (repeatable; not applied to --baseline).",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var run = new Option<string?>("--run") { Description = "Write the rankings (top 1,000 per judged query) to this TREC run file (one collection only)." };
        var json = CommonOptions.Json();
        var embeddings = CommonOptions.Embeddings();
        var vectors = CommonOptions.VectorCache();
        var command = new Command("eval", "Measure ranking quality on a test collection (MAP, nDCG@10, P@10, Recall@100, similar papers), in every retrieval mode when embeddings are on.")
        {
            collection, baseline, set, run, json, embeddings, vectors,
        };
        command.SetAction(parse =>
        {
            var (analyzer, ranking) = SettingOverrides.Apply(parse.GetValue(set) ?? [], new AnalyzerOptions(),
                new RankingOptions(), out var errors);
            if (errors.Count > 0) throw new CliException(string.Join("; ", errors), ExitCodes.BadInput);

            var directories = parse.GetValue(collection)!;
            var runPath = parse.GetValue(run);
            if (runPath is not null && directories.Length > 1)
            {
                throw new CliException("--run writes one collection's rankings; give a single --collection with it", ExitCodes.BadInput);
            }
            var withBaseline = parse.GetValue(baseline);
            using var embedder = Embedder.Create(parse.GetValue(embeddings), parse.GetValue(vectors));
            var rows = new List<EvalRow>();
            foreach (var directory in directories)
            {
                var data = Load(directory);
                var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
                foreach (var issue in data.CorpusIssues) console.Error.WriteLine($"warning: {name}: {issue}");
                using var runWriter = runPath is null ? null : OpenRun(runPath);
                var report = EvalRunner.Run(data, analyzer, ranking,
                    runWriter is null ? null : (qid, ranked) => TrecRun.Write(runWriter, qid, ranked, "searchengine"), embedder);
                var stock = withBaseline ? EvalRunner.Run(data, StockBaseline.Analyzer, StockBaseline.Ranking) : null;
                rows.Add(new EvalRow(name, EvalSummary.From(report), stock is null ? null : EvalSummary.From(stock)));
            }

            if (parse.GetValue(json))
            {
                console.Out.WriteLine(directories.Length == 1 && !withBaseline
                    ? JsonSerializer.Serialize(EvalJson.From(rows[0].Defaults), CliJsonContext.Default.EvalJson)
                    : JsonSerializer.Serialize(EvalTableJson.From(rows), CliJsonContext.Default.EvalTableJson));
            }
            else
            {
                EvalRenderer.Render(console, analyzer, ranking, rows);
                if (runPath is not null) console.Out.WriteLine($"wrote run file {runPath}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static EvalCollection Load(string directory)
    {
        try
        {
            return EvalCollection.Load(directory);
        }
        catch (Exception e) when (e is FileNotFoundException or FormatException)
        {
            throw new CliException(e.Message, ExitCodes.BadInput);
        }
    }

    private static StreamWriter OpenRun(string path)
    {
        try
        {
            return new StreamWriter(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write run file '{path}': {e.Message}", ExitCodes.BadInput);
        }
    }
}
