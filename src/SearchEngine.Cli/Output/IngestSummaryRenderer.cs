using SearchEngine.Core.Ingest;
using Spectre.Console;

namespace SearchEngine.Cli.Output;

/// <summary>Renders an <see cref="IngestReport"/> as Spectre tables (plain text when not on a terminal).</summary>
public static class IngestSummaryRenderer
{
    public static void Render(IAnsiConsole console, IngestReport report, string? outPath)
    {
        var files = new Table().AddColumns("File", "Kind", "Records", "Stated");
        foreach (var f in report.Files)
        {
            files.AddRow(Markup.Escape(f.File), f.Kind ?? "?", f.Records.ToString(), f.StatedCount?.ToString() ?? "");
        }
        foreach (var u in report.UnknownFiles)
        {
            files.AddRow(Markup.Escape(u), "unknown (skipped)", "0", "");
        }
        console.Write(files);

        var totals = new Table().AddColumns("Total records", "Distinct papers", "Merged groups", "Issues");
        totals.AddRow(report.TotalRecords.ToString(), report.DistinctPapers.ToString(), report.MergedGroups.ToString(), report.Issues.Count.ToString());
        console.Write(totals);

        foreach (var issue in report.Issues)
        {
            console.WriteLine(issue.ToString());
        }
        if (outPath is not null)
        {
            console.WriteLine($"wrote {report.DistinctPapers} papers to {outPath}");
        }
    }
}
