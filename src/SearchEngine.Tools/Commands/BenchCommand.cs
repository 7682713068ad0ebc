using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SearchEngine.Cli;
using SearchEngine.Cli.Options;
using SearchEngine.Tools.Bench;
using Spectre.Console;

namespace SearchEngine.Tools.Commands;

/// <summary>
/// <c>searchengine-tools bench [--papers N | --corpus FILE.jsonl] [--queries N | --query-file FILE.tsv] [--seed S]
/// [--peer sqlite] [--peer java] [--json] [--report docs/benchmarks.md] [--index DIR]</c>: indexes a corpus and times
/// every user-facing operation, optionally side by side with SQLite FTS5 and Java Lucene on the same corpus and queries.
/// </summary>
public static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var papers = new Option<int?>("--papers") { Description = "Generate a corpus of N papers (default 100000)." };
        var corpus = new Option<string?>("--corpus") { Description = "Use this JSON Lines corpus instead of generating one." };
        var queries = new Option<int?>("--queries") { Description = $"Timed requests per phase, drawn from the corpus (default {BenchSettings.DefaultQueries})." };
        var queryFile = new Option<string?>("--query-file")
        {
            Description = "Run these queries ('qid<TAB>text' lines, the Java anchor's format) in every engine instead of drawing them.",
        };
        var seed = new Option<int>("--seed") { Description = "Seed of the corpus and the requests.", DefaultValueFactory = _ => 42 };
        var peer = new Option<string[]>("--peer")
        {
            Description = "Also run a peer engine on the same corpus and queries: sqlite (FTS5), java (Java Lucene 8.7); repeatable.",
        };
        var javaAnchor = new Option<string?>("--java-anchor")
        {
            Description = "Directory of the Java Lucene anchor (default: shared/anchors/lucene-java beside the repository).",
        };
        var sqliteQueries = new Option<int?>("--sqlite-queries")
        {
            Description = "Timed requests per phase for the sqlite peer: the first N of the same requests (default: all).",
        };
        var json = CommonOptions.Json();
        var report = new Option<string?>("--report") { Description = "Write a Markdown report (e.g. docs/benchmarks.md)." };
        var index = new Option<string?>("--index") { Description = "Build the index here and keep it (default: a temporary directory)." };
        var command = new Command("bench", "Benchmark indexing, search, facets, similar and autocomplete (optionally against SQLite FTS5 and Java Lucene).")
        {
            papers, corpus, queries, queryFile, seed, peer, javaAnchor, sqliteQueries, json, report, index,
        };
        command.SetAction(parse =>
        {
            var peers = (parse.GetValue(peer) ?? []).Distinct(StringComparer.Ordinal).ToList();
            if (peers.FirstOrDefault(p => !BenchSettings.KnownPeers.Contains(p)) is { } unknown)
            {
                throw new CliException($"unknown peer '{unknown}'; the peers are {string.Join(", ", BenchSettings.KnownPeers)}");
            }
            if (parse.GetValue(papers) is not null && parse.GetValue(corpus) is not null) throw new CliException("use either --papers or --corpus");
            if (parse.GetValue(queries) is not null && parse.GetValue(queryFile) is not null) throw new CliException("use either --queries or --query-file");
            if (parse.GetValue(queries) is < 1) throw new CliException("--queries must be at least 1");
            if (parse.GetValue(papers) is < 1) throw new CliException("--papers must be at least 1");
            if (parse.GetValue(sqliteQueries) is < 1) throw new CliException("--sqlite-queries must be at least 1");
            var settings = new BenchSettings(parse.GetValue(papers) ?? 100_000, parse.GetValue(corpus), parse.GetValue(queries),
                parse.GetValue(queryFile), parse.GetValue(seed), peers, parse.GetValue(index), parse.GetValue(javaAnchor),
                CommandLine(parse.Tokens.Select(t => t.Value)), parse.GetValue(sqliteQueries));
            var outcome = BenchRunner.Run(settings, console.Error);
            if (parse.GetValue(json)) console.Out.WriteLine(BenchJson.From(outcome).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            else Render(console, outcome);
            if (parse.GetValue(report) is { } path)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                File.WriteAllText(path, BenchReport.Markdown(outcome.Result, DateTimeOffset.UtcNow));
                console.Error.WriteLine($"report written to {path}");
            }
            foreach (var skipped in outcome.SkippedPeers) console.Error.WriteLine($"error: peer not run: {skipped}");
            return outcome.SkippedPeers.Count == 0 ? ExitCodes.Ok : ExitCodes.PeerUnavailable;
        });
        return command;
    }

    private static void Render(CliConsole console, BenchOutcome outcome)
    {
        var r = outcome.Result;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("figure").AddColumn(new TableColumn("ours").RightAligned());
        foreach (var peer in r.Peers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(peer.Name)).RightAligned());
            table.AddColumn(new TableColumn(Markup.Escape($"ours/{peer.Name}")).RightAligned());
        }
        foreach (var row in BenchTable.Rows(r))
        {
            table.AddRow([Markup.Escape(row.Figure), row.Ours, .. row.Peers.SelectMany(c => new[] { c.Value, c.Ratio })]);
        }
        var load = r.Machine.LoadAverage is { } l ? $", load {l}" : "";
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{r.Papers:N0} papers ({r.CorpusBytes / 1048576.0:N0} MiB JSON), {r.Machine.Cores} cores{load}"));
        // why: redirected output defaults to 80 columns, which wraps every row once peers add columns.
        if (!console.Interactive) console.Ansi.Profile.Width = Math.Max(console.Ansi.Profile.Width, 100 + 30 * r.Peers.Count);
        console.Ansi.Write(table);
        foreach (var peer in r.Peers.Where(p => p.Note is not null)) console.Out.WriteLine($"{peer.Name}: {peer.Note}");
    }

    private static string CommandLine(IEnumerable<string> tokens) =>
        "searchengine-tools " + string.Join(' ', tokens.Select(t => t.Contains(' ', StringComparison.Ordinal) ? $"\"{t}\"" : t));
}
