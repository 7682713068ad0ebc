using System.CommandLine;
using System.Globalization;
using SearchEngine.Cli;
using SearchEngine.Cli.Options;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Ingest;
using SearchEngine.Core.Topics;
using SearchEngine.Tools.Topics;

namespace SearchEngine.Tools.Commands;

/// <summary>
/// <c>searchengine-tools topics-curve [--source DIR…] [--embeddings on|off] [--explain WORD…]</c>: the
/// precision/coverage curve of topic inference on held-out labelled papers (<see cref="TopicCurve"/>), the threshold
/// it chooses for the target precision, what the index would then give the whole corpus (papers per topic, given
/// and inferred), and the scores of papers whose title contains an <c>--explain</c> word. docs/relevance.md
/// ("Topic inference") records the seed pages' output; the shipped
/// <see cref="TopicInferenceOptions.DefaultMinConfidence"/> is the threshold it chooses there.
/// </summary>
public static class TopicsCurveCommand
{
    public static Command Create(CliConsole console)
    {
        var sources = CommonOptions.Source();
        var embeddings = CommonOptions.Embeddings();
        var vectors = CommonOptions.VectorCache();
        var target = new Option<double>("--target") { Description = "Precision the threshold must reach.", DefaultValueFactory = _ => 0.9 };
        var step = new Option<double>("--step") { Description = "Threshold step of the curve.", DefaultValueFactory = _ => 0.05 };
        var threshold = new Option<double?>("--min-confidence") { Description = "Threshold for the corpus summary (default: the shipped one)." };
        var background = new Option<double?>("--background") { Description = "Override BackgroundSimilarity (tuning)." };
        var weight = new Option<double?>("--description-weight") { Description = "Override DescriptionWeight (tuning)." };
        var temperature = new Option<double?>("--temperature") { Description = "Override DescriptionTemperature (tuning)." };
        var neighbourTemperature = new Option<double?>("--neighbour-temperature") { Description = "Override NeighbourTemperature (tuning)." };
        var neighbours = new Option<int?>("--neighbours") { Description = "Override NeighbourCount (tuning)." };
        var explain = new Option<string[]>("--explain") { Description = "Print the scores of papers whose title contains this word (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("topics-curve", "Precision/coverage curve of topic inference on held-out labelled papers, and the threshold it chooses.")
        {
            sources, embeddings, vectors, target, step, threshold, background, weight, temperature, neighbourTemperature, neighbours, explain,
        };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(sources)!;
            CommonOptions.RequireSources(paths);
            var defaults = new TopicInferenceOptions();
            var options = defaults with
            {
                BackgroundSimilarity = parse.GetValue(background) ?? defaults.BackgroundSimilarity,
                DescriptionWeight = parse.GetValue(weight) ?? defaults.DescriptionWeight,
                DescriptionTemperature = parse.GetValue(temperature) ?? defaults.DescriptionTemperature,
                NeighbourTemperature = parse.GetValue(neighbourTemperature) ?? defaults.NeighbourTemperature,
                NeighbourCount = parse.GetValue(neighbours) ?? defaults.NeighbourCount,
                MinConfidence = parse.GetValue(threshold) ?? defaults.MinConfidence,
            };
            var papers = PaperIngester.Ingest(paths).Papers;
            using var embedder = Embedder.Create(parse.GetValue(embeddings), parse.GetValue(vectors));
            var heldOut = TopicCurve.HeldOut(papers, embedder, options);
            var points = TopicCurve.Points(heldOut, parse.GetValue(step));
            var chosen = TopicCurve.Choose(points, parse.GetValue(target));
            var report = new TopicCurveReport(console.Out);
            report.Curve(embedder is null ? "lexical (embeddings off)" : "embeddings", papers.Count, heldOut.Count, points);
            console.Out.WriteLine(chosen is { } c
                ? string.Create(CultureInfo.InvariantCulture, $"chosen threshold (precision ≥ {parse.GetValue(target):P0} here and above): {c:0.00}")
                : "no threshold reaches the target precision");
            if (chosen is { } at) report.Misses(papers, heldOut, at);
            var inferred = new TopicInferrer(options).Infer(papers, embedder);
            report.Corpus(inferred, embedder is null ? null : options.MinConfidence);
            foreach (var word in parse.GetValue(explain) ?? [])
            {
                report.Explain(papers, inferred, word, embedder, options);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
