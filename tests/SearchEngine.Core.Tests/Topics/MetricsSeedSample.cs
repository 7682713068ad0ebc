using System.Text.RegularExpressions;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Tests.Topics;

/// <summary>
/// A throwaway reader for the metrics seed page (<c>002_*.txt</c>, seed-formats.md section C): just enough to get
/// title, abstract and topic code of its 50 records for measuring topic agreement. The real ingest reader lives
/// elsewhere; this one must not grow into it.
/// </summary>
internal static partial class MetricsSeedSample
{
    // Header: two-letter subject code, then "Mon D" or "Mon D, YYYY", then an optional "Code" marker.
    [GeneratedRegex(@"^(?<topic>[A-Z]{2})(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}(?:, \d{4})?(?:Code)?$")]
    private static partial Regex Header();

    /// <summary>The seed directory, found by walking up from the test binaries to the repository root.</summary>
    public static string SeedDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "index-data", "seeds");
            if (Directory.Exists(seeds)) return seeds;
        }
        throw new DirectoryNotFoundException("index-data/seeds not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Papers of the metrics page with their page topic code as given topic (raw, e.g. <c>CV</c>).</summary>
    public static List<Paper> Load()
    {
        var file = Directory.GetFiles(SeedDirectory(), "002_*.txt").Single();
        var lines = File.ReadAllLines(file);
        var papers = new List<Paper>();
        for (var i = 0; i < lines.Length; i++)
        {
            var header = Header().Match(lines[i]);
            if (!header.Success) continue;
            // Record: header, title, blank, authors, blank, abstract.
            var title = lines[i + 1];
            var abstractText = lines.Skip(i + 2).Where(l => l.Length > 0).Skip(1).First();
            papers.Add(new Paper
            {
                Id = "m" + (papers.Count + 1),
                Title = title,
                Abstract = abstractText,
                Topics = [header.Groups["topic"].Value],
            });
        }
        return papers;
    }
}
