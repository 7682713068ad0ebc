using System.Security.Cryptography;
using System.Text;

namespace SearchEngine.Core.Ingest;

/// <summary>
/// Paper ids: derived from the title key when no source gives one, or a source id made URL-safe.
/// Both are pure functions of their input, so ids are the same on every machine and every run.
/// </summary>
public static class PaperId
{
    private const string Base32Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>
    /// <c>"p"</c> + the first 10 characters of the lower-case base32 of SHA-256(UTF-8 key): 50 bits,
    /// enough for millions of papers; collisions are disambiguated by <see cref="PaperMerger"/>.
    /// </summary>
    public static string Derive(string titleKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(titleKey));
        var sb = new StringBuilder("p", 11);
        int buffer = 0, bits = 0, i = 0;
        while (sb.Length < 11)
        {
            if (bits < 5)
            {
                buffer = (buffer << 8) | hash[i++];
                bits += 8;
            }
            sb.Append(Base32Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
        return sb.ToString();
    }

    /// <summary>
    /// Makes a source id URL-safe: characters other than ASCII letters, digits, <c>.</c>, <c>-</c> and
    /// <c>_</c> become <c>_</c> (old-style arXiv <c>cs/0112017</c> → <c>cs_0112017</c>). Idempotent.
    /// </summary>
    public static string Sanitize(string sourceId)
    {
        var sb = new StringBuilder(sourceId.Length);
        foreach (var c in sourceId.Trim())
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }
        return sb.ToString();
    }
}
