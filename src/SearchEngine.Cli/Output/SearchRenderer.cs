using System.Globalization;
using System.Text;
using SearchEngine.Core.Facets;
using SearchEngine.Core.Search;
using SearchEngine.Core.Snippets;
using Spectre.Console;

namespace SearchEngine.Cli.Output;

/// <summary>Human output of search, facets and similar: readable tables.</summary>
public static class SearchRenderer
{
    public static void Render(CliConsole console, SearchResponse response)
    {
        var ansi = console.Ansi;
        ansi.MarkupLine($"[bold]{response.Total.ToString("N0", CultureInfo.InvariantCulture)}[/] papers match [italic]{Markup.Escape(response.Query)}[/] ({response.TookMs} ms)");
        foreach (var warning in response.Warnings) ansi.MarkupLine($"[yellow]note:[/] {Markup.Escape(warning)}");
        if (response.Suggestion is { } suggestion) ansi.MarkupLine($"Did you mean: [bold]{Markup.Escape(suggestion)}[/]?");
        RenderHits(console, response.Hits, (response.Page - 1) * response.Size);
        RenderFacets(console, response.Facets, response.FacetInfo);
        if (response.NextCursor is { } next) ansi.MarkupLine($"[grey]next page: --cursor {Markup.Escape(next)}[/]");
    }

    public static void RenderHits(CliConsole console, IReadOnlyList<SearchHit> hits, int offset = 0)
    {
        if (hits.Count == 0) return;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("#").AddColumn("Title / snippet").AddColumn("Authors").AddColumn("Venue").AddColumn("Year").AddColumn("Score");
        var rank = offset;
        foreach (var hit in hits)
        {
            var authors = string.Join(", ", hit.Authors.Take(3)) + (hit.Authors.Count > 3 || hit.AuthorsTruncated ? " et al." : "");
            table.AddRow(
                new Text((++rank).ToString(CultureInfo.InvariantCulture)),
                new Markup($"[bold]{Marked(hit.Title, hit.TitleHighlights)}[/]\n[grey]{(hit.Snippet is { } s ? Marked(s.Text, s.Highlights) : "")}[/]  [blue]{Markup.Escape(hit.Id)}[/]"),
                new Text(authors),
                new Text(hit.Venue ?? ""),
                new Text(hit.Year?.ToString(CultureInfo.InvariantCulture) ?? ""),
                new Text(hit.Score.ToString("0.00", CultureInfo.InvariantCulture)));
        }
        console.Ansi.Write(table);
    }

    public static void RenderFacets(CliConsole console, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> facets,
        IReadOnlyDictionary<string, FacetInfo> info)
    {
        foreach (var (dimension, values) in facets)
        {
            if (values.Count == 0) continue;
            var i = info.GetValueOrDefault(dimension);
            var line = string.Join("  ", values.Select(v => $"{v.Value} ({v.Count})"));
            var extra = i is null ? "" : $" [grey]— {i.Distinct} distinct{(i.Missing > 0 ? $", {i.Missing} without" : "")}[/]";
            console.Ansi.MarkupLine($"[bold]{dimension}[/]: {Markup.Escape(line)}{extra}");
        }
    }

    /// <summary>Spectre markup of <paramref name="text"/> with its highlighted ranges in yellow.</summary>
    private static string Marked(string text, IReadOnlyList<HighlightRange> highlights)
    {
        var markup = new StringBuilder();
        var at = 0;
        foreach (var h in highlights)
        {
            if (h.Start < at || h.End > text.Length) continue;
            markup.Append(Markup.Escape(text[at..h.Start])).Append("[yellow]").Append(Markup.Escape(text[h.Start..h.End])).Append("[/]");
            at = h.End;
        }
        return markup.Append(Markup.Escape(text[at..])).ToString();
    }
}
