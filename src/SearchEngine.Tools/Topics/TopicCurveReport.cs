using System.Globalization;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Topics;

namespace SearchEngine.Tools.Topics;

/// <summary>The text tables of <c>topics-curve</c> (Markdown, so they paste into docs/relevance.md).</summary>
public sealed class TopicCurveReport(TextWriter output)
{
    public void Curve(string model, int papers, int heldOut, IReadOnlyList<TopicCurvePoint> points)
    {
        output.WriteLine($"model: {model}; {papers} papers, {heldOut} labelled papers held out (leave-one-out)");
        output.WriteLine();
        output.WriteLine("| threshold | guesses | correct | precision | papers covered | coverage |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var p in points)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {p.Threshold:0.00} | {p.Guesses} | {p.Correct} | {p.Precision:P1} | {p.Covered}/{p.Papers} | {p.Coverage:P1} |"));
        }
        output.WriteLine();
    }

    /// <summary>The held-out papers with a wrong guess at <paramref name="threshold"/>: title, given and guessed.</summary>
    public void Misses(IReadOnlyList<Paper> papers, IReadOnlyList<HeldOutPaper> heldOut, double threshold)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrong held-out guesses at {threshold:0.00}:"));
        foreach (var paper in heldOut)
        {
            var wrong = paper.Guesses.Where(g => g.Score >= threshold && g.Score > 0 && !paper.Labels.Contains(g.Code)).ToList();
            if (wrong.Count == 0) continue;
            var guesses = string.Join(", ", wrong.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Code} {g.Score:0.000}")));
            output.WriteLine($"  \"{papers[paper.Index].Title}\" given [{string.Join(", ", paper.Labels)}], guessed {guesses}");
        }
        output.WriteLine();
    }

    /// <summary>Papers per topic after inference: given, inferred, and how many papers got no topic at all.</summary>
    public void Corpus(IReadOnlyList<Paper> papers, double? minConfidence)
    {
        var at = minConfidence is { } m ? string.Create(CultureInfo.InvariantCulture, $" at min confidence {m:0.00}") : "";
        output.WriteLine($"corpus after inference{at}: {papers.Count} papers, " +
            $"{papers.Count(p => p.Topics.Count > 0)} with given topics, {papers.Count(p => p.InferredTopics.Count > 0)} with inferred topics, " +
            $"{papers.Count(p => !p.AllTopics.Any())} with none");
        var codes = papers.SelectMany(p => p.AllTopics).Distinct().Order(StringComparer.Ordinal);
        foreach (var code in codes.OrderByDescending(c => papers.Count(p => p.AllTopics.Contains(c))))
        {
            var given = papers.Count(p => p.Topics.Contains(code));
            var inferred = papers.Count(p => p.InferredTopics.Contains(code) && !p.Topics.Contains(code));
            output.WriteLine($"  {code,-12} {given + inferred,4} papers ({given} given, {inferred} inferred)");
        }
        output.WriteLine();
    }

    /// <summary>The inferred topics and top scores of every paper whose title contains <paramref name="word"/>.</summary>
    public void Explain(IReadOnlyList<Paper> papers, IReadOnlyList<Paper> inferred, string word, Embedder? embedder,
        TopicInferenceOptions options)
    {
        for (var i = 0; i < papers.Count; i++)
        {
            if (!papers[i].Title.Contains(word, StringComparison.OrdinalIgnoreCase)) continue;
            var scores = new TopicInferrer(options).Explain(papers, i, embedder).Take(3)
                .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Code} {s.Score:0.000}"));
            output.WriteLine($"\"{papers[i].Title}\"");
            output.WriteLine($"  given [{string.Join(", ", papers[i].Topics)}] inferred [{string.Join(", ", inferred[i].InferredTopics)}]; top scores: {string.Join(", ", scores)}");
        }
    }
}
