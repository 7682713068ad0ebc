using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Embeddings;

/// <summary>What of a paper is embedded ("title. abstract") and the hash that keys its vector in the cache.</summary>
public static class EmbeddingText
{
    public static string Of(Paper paper) => Of(paper.Title, paper.Abstract);

    public static string Of(string title, string? abstractText)
    {
        var t = title.Trim();
        var a = abstractText?.Trim() ?? "";
        if (a.Length == 0) return t;
        // why: the sentence-transformers habit for title + body; no doubled stop when the title ends in one.
        return t.Length == 0 ? a : t.EndsWith('.') || t.EndsWith('?') || t.EndsWith('!') ? $"{t} {a}" : $"{t}. {a}";
    }

    /// <summary>The first 128 bits of the SHA-256 of the UTF-8 text: collisions are out of reach at any corpus size.</summary>
    public static UInt128 Hash(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }
}
