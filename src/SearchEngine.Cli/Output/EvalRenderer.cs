using System.Globalization;
using SearchEngine.Core.Evaluation;
using SearchEngine.Core.Options;
using Spectre.Console;

namespace SearchEngine.Cli.Output;

/// <summary>
/// Renders <c>eval</c> results as one table (plain text when not on a terminal): a line per collection and
/// configuration (with embeddings, a line per further retrieval mode), then the mean over the collections; with a
/// baseline, the defaults' MAP as a multiple of it.
/// </summary>
public static class EvalRenderer
{
    public static void Render(CliConsole cli, AnalyzerOptions a, RankingOptions r, IReadOnlyList<EvalRow> rows)
    {
        cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"defaults: analyzer: stemmer={a.Stemmer} stopwords={a.StopWords} worddelimiter={a.WordDelimiter} modelfamilies={a.ModelFamilies}"));
        var feedback = r.Feedback
            ? string.Create(CultureInfo.InvariantCulture, $" (docs={r.FeedbackDocs} terms={r.FeedbackTerms} origweight={r.FeedbackOriginalWeight} window={r.FeedbackWindow})")
            : "";
        cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ranking: k1={r.K1} b={r.B} text={r.TextWeight} title={r.TitleWeight} author={r.AuthorWeight} titleexact={r.TitleExactWeight} operator={r.DefaultOperator} feedback={r.Feedback}{feedback}"));
        var m = r.Similar;
        var similarFeedback = m.Feedback
            ? string.Create(CultureInfo.InvariantCulture, $" (docs={m.FeedbackDocs} terms={m.FeedbackTerms} origweight={m.FeedbackOriginalWeight} window={m.FeedbackWindow})")
            : "";
        cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"similar: mintermfreq={m.MinTermFreq} mindocfreq={m.MinDocFreq} maxdocfreqpercent={m.MaxDocFreqPercent} maxqueryterms={m.MaxQueryTerms} minwordlen={m.MinWordLen} boost={m.Boost} authorweight={m.AuthorWeight} fields={string.Join(',', m.Fields)} feedback={m.Feedback}{similarFeedback}"));
        var h = r.Hybrid;
        cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"hybrid: fusion={HybridOptions.Name(h.SimilarFusion)} searchfusion={HybridOptions.Name(h.SearchFusion)} denseweight={h.DenseWeight} k={h.RrfK}"));
        var withBaseline = rows.Any(row => row.Baseline is not null);
        if (withBaseline) cli.Out.WriteLine("baseline (stock): " + string.Join(' ', StockBaseline.Settings));

        var table = new Table().AddColumns("Collection", "Config", "Queries", "MAP");
        if (withBaseline) table.AddColumn("MAP ×stock");
        table.AddColumns("nDCG@10", "P@10", "R@100", "MRR", "Similar P@10", "Similar MRR", "Similar papers");
        var all = rows.Count > 1 ? [.. rows, EvalRow.Mean(rows)] : rows;
        foreach (var row in all)
        {
            Add(table, row.Collection, "defaults", row.Defaults, withBaseline ? row.Baseline : null, withBaseline);
            if (row.Baseline is { } stock) Add(table, row.Collection, "stock", stock, null, withBaseline);
            // why: the defaults' row is the lexical mode; the other modes follow it, on the same settings.
            foreach (var mode in row.Defaults.Modes.Where(m => m.Mode != "lexical"))
            {
                Add(table, row.Collection, mode.Mode, EvalSummary.Of(mode, row.Defaults.Queries), null, withBaseline);
            }
        }
        // why: redirected output has no width; Spectre then assumes 80 columns and would wrap every figure.
        if (!cli.Ansi.Profile.Out.IsTerminal) cli.Ansi.Profile.Width = Math.Max(cli.Ansi.Profile.Width, 160);
        cli.Ansi.Write(table);
    }

    private static void Add(Table table, string collection, string config, EvalSummary s, EvalSummary? stock, bool ratioColumn)
    {
        var cells = new List<string> { collection, config, s.Queries.ToString(CultureInfo.InvariantCulture), F(s.Map) };
        if (ratioColumn)
        {
            cells.Add(stock is { Map: > 0 } b ? (s.Map / b.Map).ToString("0.000", CultureInfo.InvariantCulture) + "×" : "");
        }
        cells.AddRange([F(s.Ndcg10), F(s.Precision10), F(s.Recall100), F(s.Mrr)]);
        cells.AddRange(s.Similar is { } sim
            ? [F(sim.Precision10), F(sim.Mrr), sim.Papers.ToString(CultureInfo.InvariantCulture)]
            : ["", "", ""]);
        table.AddRow(cells.Select(Markup.Escape).ToArray());
    }

    private static string F(double value) => EvalJson.Round(value).ToString("0.0000", CultureInfo.InvariantCulture);
}
