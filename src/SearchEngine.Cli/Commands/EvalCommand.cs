using System.CommandLine;
using System.Text.Json;
using SearchEngine.Cli.Options;
using SearchEngine.Cli.Output;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Evaluation;
using SearchEngine.Core.Options;

namespace SearchEngine.Cli.Commands;

/// <summary>
/// <c>searchengine eval --collection DIR [--set key=value ...] [--run OUT.trec] [--json]</c>: indexes a test
/// collection in memory and reports MAP, nDCG@10, P@10 and Recall@100 (and similar-paper P@10 and MRR when it has
/// links), with trec_eval's conventions.
/// </summary>
public static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var collection = new Option<string>("--collection")
        {
            Description = "Directory with corpus.jsonl, queries.tsv, qrels.txt and optionally links.tsv.",
            Required = true,
        };
        var set = new Option<string[]>("--set")
        {
            Description = "Override a setting, e.g. k1=0.9, b=0.4, title=2, feedback=true, mlt.mindocfreq=2, analyzer.stemmer=kstem (repeatable).",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var run = new Option<string?>("--run") { Description = "Write the rankings (top 1,000 per judged query) to this TREC run file." };
        var json = CommonOptions.Json();
        var embeddings = CommonOptions.Embeddings();
        var vectors = CommonOptions.VectorCache();
        var command = new Command("eval", "Measure ranking quality on a test collection (MAP, nDCG@10, P@10, Recall@100, similar papers), in every retrieval mode when embeddings are on.")
        {
            collection, set, run, json, embeddings, vectors,
        };
        command.SetAction(parse =>
        {
            var (analyzer, ranking) = SettingOverrides.Apply(parse.GetValue(set) ?? [], new AnalyzerOptions(),
                new RankingOptions(), out var errors);
            if (errors.Count > 0) throw new CliException(string.Join("; ", errors), ExitCodes.BadInput);

            var data = Load(parse.GetValue(collection)!);
            foreach (var issue in data.CorpusIssues) console.Error.WriteLine($"warning: {issue}");
            var runPath = parse.GetValue(run);
            using var runWriter = runPath is null ? null : OpenRun(runPath);
            using var embedder = Embedder.Create(parse.GetValue(embeddings), parse.GetValue(vectors));
            var report = EvalRunner.Run(data, analyzer, ranking,
                runWriter is null ? null : (qid, ranked) => TrecRun.Write(runWriter, qid, ranked, "searchengine"), embedder);

            if (parse.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(EvalJson.From(report), CliJsonContext.Default.EvalJson));
            }
            else
            {
                EvalRenderer.Render(console, report);
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
