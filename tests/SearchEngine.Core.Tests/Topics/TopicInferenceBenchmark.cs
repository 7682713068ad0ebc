using System.Diagnostics;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Topics;
using Xunit.Abstractions;

namespace SearchEngine.Core.Tests.Topics;

/// <summary>
/// Time and memory of topic inference on a synthetic corpus (default 100,000 papers, 20% labelled).
/// Run: <c>TOPICS_BENCH=1 dotnet test SearchEngine.sln -c Release --filter FullyQualifiedName~TopicInferenceBenchmark --logger "console;verbosity=detailed"</c>
/// (<c>TOPICS_BENCH_PAPERS</c> sets the size).
/// </summary>
public sealed class TopicInferenceBenchmark(ITestOutputHelper output)
{
    private static readonly string[] Fields = ["cs.CV", "cs.CL", "cs.LG", "cs.RO", "cs.IR", "cs.CR", "cs.DB", "cs.SE"];

    [BenchmarkFact]
    public void Infer_on_a_synthetic_corpus()
    {
        var size = int.TryParse(Environment.GetEnvironmentVariable("TOPICS_BENCH_PAPERS"), out var n) ? n : 100_000;
        var papers = Synthetic(size, seed: 42);
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var clock = Stopwatch.StartNew();
        var result = new TopicInferrer().Infer(papers);
        var inferSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var agreement = TopicAgreement.Measure(papers, maxEvaluated: 2_000);
        var measureSeconds = clock.Elapsed.TotalSeconds;

        using var process = Process.GetCurrentProcess();
        output.WriteLine($"papers {size:N0} ({papers.Count(p => p.Topics.Count > 0):N0} labelled), {Environment.ProcessorCount} cores");
        output.WriteLine($"infer: {inferSeconds:F1} s ({size / inferSeconds:N0} papers/s)");
        output.WriteLine($"agreement (2,000 held out): {measureSeconds:F1} s; {agreement}");
        output.WriteLine($"managed heap before {before / 1e6:F0} MB, peak working set {process.PeakWorkingSet64 / 1e6:F0} MB");
        Assert.All(result.Where(p => p.Topics.Count == 0), p => Assert.NotEmpty(p.InferredTopics));
        Assert.True(agreement.Top1Accuracy > 0.5, agreement.ToString());
    }

    /// <summary>
    /// Papers whose text mixes keywords of one field (about one word in eight) with field-neutral filler words;
    /// every fifth paper keeps its field as a given topic.
    /// </summary>
    private static List<Paper> Synthetic(int count, int seed)
    {
        var random = new Random(seed);
        string[] syllables = ["ka", "lo", "mi", "ren", "tu", "sa", "vor", "pel", "di", "nax", "qui", "bo", "zet", "ar", "fen"];
        var filler = Enumerable.Range(0, 5_000)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => syllables[random.Next(syllables.Length)])))
            .ToArray();
        var lexicons = Fields.Select(code => Taxonomy.Find(code)!.Keywords.ToArray()).ToArray();
        var papers = new List<Paper>(count);
        for (var i = 0; i < count; i++)
        {
            var field = random.Next(Fields.Length);
            string Word() => random.Next(8) == 0
                ? lexicons[field][random.Next(lexicons[field].Length)]
                // why: squaring skews the draw towards the first filler words, a rough Zipf-like frequency curve.
                : filler[(int)(Math.Pow(random.NextDouble(), 2) * filler.Length)];
            papers.Add(new Paper
            {
                Id = "s" + i,
                Title = string.Join(' ', Enumerable.Range(0, 8).Select(_ => Word())),
                Abstract = string.Join(' ', Enumerable.Range(0, 150).Select(_ => Word())),
                Topics = i % 5 == 0 ? [Fields[field]] : [],
            });
        }
        return papers;
    }
}
