using System.Text.Json.Serialization;

namespace SearchEngine.Cli.Output;

/// <summary>One retrieval mode's metrics in <see cref="EvalJson"/>.</summary>
public sealed record EvalModeJson(
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("map")] double Map,
    [property: JsonPropertyName("ndcg@10")] double Ndcg10,
    [property: JsonPropertyName("p@10")] double Precision10,
    [property: JsonPropertyName("recall@100")] double Recall100,
    [property: JsonPropertyName("mrr")] double Mrr,
    [property: JsonPropertyName("similar")] EvalSimilarJson? Similar);
