using System.Text.Json.Serialization;
using SearchEngine.Core.Evaluation;

namespace SearchEngine.Cli.Output;

/// <summary>The <c>eval --json</c> output: <c>{"map","ndcg@10","p@10","recall@100","queries","similar":{...}}</c>.</summary>
public sealed record EvalJson(
    [property: JsonPropertyName("map")] double Map,
    [property: JsonPropertyName("ndcg@10")] double Ndcg10,
    [property: JsonPropertyName("p@10")] double Precision10,
    [property: JsonPropertyName("recall@100")] double Recall100,
    [property: JsonPropertyName("queries")] int Queries,
    [property: JsonPropertyName("similar")] EvalSimilarJson? Similar,
    [property: JsonPropertyName("modes")] IReadOnlyList<EvalModeJson> Modes)
{
    public static EvalJson From(EvalSummary r) => new(
        Round(r.Map), Round(r.Ndcg10), Round(r.Precision10), Round(r.Recall100), r.Queries, SimilarOf(r.Similar),
        r.Modes.Select(m => new EvalModeJson(m.Mode, Round(m.Map), Round(m.Ndcg10), Round(m.Precision10), Round(m.Recall100),
            Round(m.Mrr), SimilarOf(m.Similar))).ToList());

    private static EvalSimilarJson? SimilarOf(SimilarResult? s) =>
        s is null ? null : new EvalSimilarJson(Round(s.Precision10), Round(s.Mrr), s.Papers);

    // why: four decimals are what docs/relevance.md records; more digits only show float noise.
    internal static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}

/// <summary>Similar-paper metrics in <see cref="EvalJson"/>.</summary>
public sealed record EvalSimilarJson(
    [property: JsonPropertyName("p@10")] double Precision10,
    [property: JsonPropertyName("mrr")] double Mrr,
    [property: JsonPropertyName("papers")] int Papers);

/// <summary>
/// The <c>eval --json</c> output for several collections or with <c>--baseline</c>:
/// <c>{"collections":[{"name","defaults":{...},"baseline":{...}}],"mean":{"name":"mean",...}}</c>, each figure set as in <see cref="EvalJson"/>.
/// </summary>
public sealed record EvalTableJson(
    [property: JsonPropertyName("collections")] IReadOnlyList<EvalRowJson> Collections,
    [property: JsonPropertyName("mean")] EvalRowJson Mean)
{
    public static EvalTableJson From(IReadOnlyList<EvalRow> rows) =>
        new(rows.Select(EvalRowJson.From).ToList(), EvalRowJson.From(EvalRow.Mean(rows)));
}

/// <summary>One collection (or the mean) in <see cref="EvalTableJson"/>.</summary>
public sealed record EvalRowJson(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("defaults")] EvalJson Defaults,
    [property: JsonPropertyName("baseline")] EvalJson? Baseline)
{
    public static EvalRowJson From(EvalRow row) =>
        new(row.Collection, EvalJson.From(row.Defaults), row.Baseline is null ? null : EvalJson.From(row.Baseline));
}
