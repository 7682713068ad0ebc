using System.CommandLine;
using System.Globalization;
using SearchEngine.Cli.Options;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Indexing;
using Spectre.Console;

namespace SearchEngine.Cli.Commands;

/// <summary>
/// <c>searchengine index [--source PATH...] [--index DIR] [--wait SECONDS] [--embeddings auto|on|off]
/// [--priority low|normal]</c>: ingest, merge, embed and (re)build the index atomically. A server on the same
/// directory keeps serving and switches to the new generation when it is published; a second builder waits for the
/// index lock (<c>--wait</c>) or stops with a clear message.
/// </summary>
/// <remarks>
/// why low priority by default: a rebuild is a batch job beside a server that must keep answering. At nice 10 it
/// still gets every idle cycle, and only yields when the CPU is contended, when the server (or anything interactive)
/// should win. Always, not only when this root's <c>serve.lock</c> is held: a server of another root on the same
/// machine, or one started during the build, needs the CPU as much.
/// </remarks>
public static class IndexCommand
{
    public static Command Create(CliConsole console)
    {
        var source = CommonOptions.Source();
        var index = CommonOptions.Index();
        var wait = CommonOptions.Wait();
        var embeddings = CommonOptions.Embeddings();
        var priority = new Option<BuildPriority>("--priority")
        {
            Description = "CPU priority of the build: low (nice 10, the default: a server on this machine keeps answering) or normal.",
            DefaultValueFactory = _ => BuildPriority.Low,
        };
        var command = new Command("index", "Ingest the sources and build the index (atomically replacing the live one).")
        {
            source, index, wait, embeddings, priority,
        };
        command.SetAction(parse =>
        {
            var sources = parse.GetValue(source) ?? [];
            CommonOptions.RequireSources(sources);
            var location = new IndexLocation(parse.GetValue(index)!);
            var settings = new IndexPipeline.Settings { LockWait = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(wait))) };
            if (parse.GetValue(priority) == BuildPriority.Low && console.LowerPriority() is { } nice)
            {
                console.Error.WriteLine($"building at lower CPU priority (nice {nice}) so a server on this machine keeps answering; " +
                    "--priority normal to build at full priority");
            }
            using var embedder = Embedder.Create(parse.GetValue(embeddings), Path.Combine(location.Root, "vectors"));
            var result = Build(console, sources, location, settings, embedder);
            Summarize(console, result, location);
            return result.Report.TotalRecords == 0 ? ExitCodes.NothingRead : ExitCodes.Ok;
        });
        return command;
    }

    private static IndexPipeline.Result Build(CliConsole console, string[] sources, IndexLocation location,
        IndexPipeline.Settings settings, Embedder? embedder)
    {
        if (!console.Interactive)
        {
            return IndexPipeline.Build(sources, location, stage: new SyncProgress<string>(s => console.Error.WriteLine($"{s}…")),
                settings: settings, embedder: embedder);
        }
        IndexPipeline.Result? result = null;
        console.Ansi.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("indexing", maxValue: 1);
                task.IsIndeterminate = true;
                result = IndexPipeline.Build(sources, location,
                    stage: new SyncProgress<string>(s => task.Description = s),
                    indexed: new SyncProgress<int>(n => task.Description = $"indexed {n:N0} papers"), settings: settings,
                    embedder: embedder);
                task.IsIndeterminate = false;
                task.Value = 1;
            });
        return result!;
    }

    private static void Summarize(CliConsole console, IndexPipeline.Result result, IndexLocation location)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Index").AddColumn("");
        table.AddRow("location", Markup.Escape(location.Current ?? location.Root));
        table.AddRow("source files", result.Meta.SourceFiles.Count.ToString(CultureInfo.InvariantCulture));
        table.AddRow("records read", result.Report.TotalRecords.ToString(CultureInfo.InvariantCulture));
        table.AddRow("papers indexed", result.Meta.Papers.ToString(CultureInfo.InvariantCulture));
        table.AddRow("embeddings", Markup.Escape(result.Meta.Embedding is { } e ? $"{e.Model} ({e.Quantization})" : "off"));
        table.AddRow("merged groups", result.Report.MergedGroups.ToString(CultureInfo.InvariantCulture));
        table.AddRow("issues", result.Report.Issues.Count.ToString(CultureInfo.InvariantCulture));
        table.AddRow("unknown files", result.Report.UnknownFiles.Count.ToString(CultureInfo.InvariantCulture));
        console.Ansi.Write(table);
        foreach (var issue in result.Report.Issues.Take(20)) console.Error.WriteLine(issue.ToString());
    }

    /// <summary>Reports synchronously on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
