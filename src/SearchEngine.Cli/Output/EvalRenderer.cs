using System.Globalization;
using SearchEngine.Core.Evaluation;
using Spectre.Console;

namespace SearchEngine.Cli.Output;

/// <summary>Renders an <see cref="EvalReport"/> as a table of metrics (plain text when not on a terminal).</summary>
public static class EvalRenderer
{
    public static void Render(CliConsole cli, EvalReport report)
    {
        var console = cli.Ansi;
        var a = report.Analyzer;
        var r = report.Ranking;
        cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Papers} papers; analyzer: stemmer={a.Stemmer} stopwords={a.StopWords} worddelimiter={a.WordDelimiter} modelfamilies={a.ModelFamilies} combinedfield={a.CombinedField} singlefield={a.SingleField}"));
        var feedback = r.Feedback
            ? string.Create(CultureInfo.InvariantCulture, $" (docs={r.FeedbackDocs} terms={r.FeedbackTerms} origweight={r.FeedbackOriginalWeight})")
            : "";
        cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ranking: k1={r.K1} b={r.B} text={r.TextWeight} title={r.TitleWeight} abstract={r.AbstractWeight} author={r.AuthorWeight} titleexact={r.TitleExactWeight} operator={r.DefaultOperator} feedback={r.Feedback}{feedback}"));
        var m = r.Similar;
        cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"similar: mintermfreq={m.MinTermFreq} mindocfreq={m.MinDocFreq} maxdocfreqpercent={m.MaxDocFreqPercent} maxqueryterms={m.MaxQueryTerms} minwordlen={m.MinWordLen} boost={m.Boost} fields={string.Join(',', m.Fields)}"));

        var table = new Table().AddColumns("Metric", "Value", "Over");
        table.AddRow("MAP", F(report.Map), $"{report.Queries} queries");
        table.AddRow("nDCG@10", F(report.Ndcg10), $"{report.Queries} queries");
        table.AddRow("P@10", F(report.Precision10), $"{report.Queries} queries");
        table.AddRow("Recall@100", F(report.Recall100), $"{report.Queries} queries");
        table.AddRow("MRR", F(report.Mrr), $"{report.Queries} queries");
        if (report.Similar is { } s)
        {
            table.AddRow("Similar P@10", F(s.Precision10), $"{s.Papers} papers");
            table.AddRow("Similar MRR", F(s.Mrr), $"{s.Papers} papers");
        }
        console.Write(table);
        if (report.Modes.Count == 0) return;

        // One row per retrieval mode (lexical = the figures above).
        var modes = new Table().AddColumns("Mode", "MAP", "nDCG@10", "P@10", "Recall@100", "MRR", "Similar P@10", "Similar MRR");
        foreach (var mode in report.Modes)
        {
            modes.AddRow(mode.Mode, F(mode.Map), F(mode.Ndcg10), F(mode.Precision10), F(mode.Recall100), F(mode.Mrr),
                mode.Similar is { } ms ? F(ms.Precision10) : "-", mode.Similar is { } mm ? F(mm.Mrr) : "-");
        }
        console.Write(modes);
    }

    private static string F(double value) => EvalJson.Round(value).ToString("0.0000", CultureInfo.InvariantCulture);
}
