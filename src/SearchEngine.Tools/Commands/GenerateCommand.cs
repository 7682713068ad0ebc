using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SearchEngine.Cli;
using SearchEngine.Tools.Generation;

namespace SearchEngine.Tools.Commands;

/// <summary>
/// <c>searchengine-tools generate --papers N --out FILE.jsonl [--seed S]</c>: a deterministic synthetic corpus
/// (see <see cref="CorpusGenerator"/>), streamed to the file in constant memory.
/// </summary>
public static class GenerateCommand
{
    public static Command Create(CliConsole console)
    {
        var papers = new Option<int>("--papers") { Description = "Number of papers.", Required = true };
        var output = new Option<string>("--out") { Description = "Output JSON Lines file.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed (same seed, same bytes).", DefaultValueFactory = _ => 42 };
        var command = new Command("generate", "Generate a synthetic corpus of papers as JSON Lines (for benchmarks).")
        {
            papers, output, seed,
        };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(papers);
            if (count < 1) throw new CliException("--papers must be at least 1");
            var path = parse.GetValue(output)!;
            var clock = Stopwatch.StartNew();
            Write(path, count, parse.GetValue(seed));
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {count:N0} papers to {path} ({new FileInfo(path).Length / 1048576.0:F1} MiB) in {clock.Elapsed.TotalSeconds:F1} s"));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static void Write(string path, int count, int seed)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        new CorpusGenerator(seed).Write(count, file);
    }
}
