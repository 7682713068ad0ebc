namespace SearchEngine.Core.Embeddings;

/// <summary>
/// Everything that decides what vector a text gets: recorded in the index metadata so queries are embedded the
/// same way as papers, and compared on start so a different model, tokenizer, cap or encoding rebuilds the index
/// (vectors from two embedders are not comparable).
/// </summary>
public sealed record EmbeddingDescriptor
{
    public string Model { get; init; } = MiniLmModel.Id;
    /// <summary>SHA-256 of the ONNX model bytes.</summary>
    public string ModelSha256 { get; init; } = "";
    public string Tokenizer { get; init; } = "FastBertTokenizer 1.2.6, WordPiece, lower case";
    /// <summary>"title. abstract", truncated to this many tokens including [CLS] and [SEP].</summary>
    public int MaxTokens { get; init; } = TextEmbedder.MaxTokens;
    public string Text { get; init; } = "title. abstract";
    public string Pooling { get; init; } = "mean over attention mask";
    public string Normalization { get; init; } = "L2";
    public string Quantization { get; init; } = "int8, one scale per vector (max |x| / 127)";
    public int Dimensions { get; init; } = MiniLmModel.Dimensions;

    /// <summary>The descriptor of <paramref name="model"/> embedded by <see cref="TextEmbedder"/>.</summary>
    public static EmbeddingDescriptor For(MiniLmModel model) => new() { ModelSha256 = model.Sha256 };

    /// <summary>A short key for file names (vector cache): changes whenever any part of the descriptor does.</summary>
    public string Key() => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join('\n', Model, ModelSha256, Tokenizer, MaxTokens, Text, Pooling,
            Normalization, Quantization, Dimensions))))[..16];
}
