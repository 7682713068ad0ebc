namespace SearchEngine.Core.Embeddings;

/// <summary>The <c>Index:Embeddings</c> setting.</summary>
public enum EmbeddingMode
{
    /// <summary>On when the model file is present next to the application (the default).</summary>
    Auto,
    /// <summary>Always; a missing model is an error.</summary>
    On,
    /// <summary>Never: lexical search and more-like-this only, no model loaded (≈ 200 MB less memory).</summary>
    Off,
}
