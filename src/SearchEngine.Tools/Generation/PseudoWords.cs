namespace SearchEngine.Tools.Generation;

/// <summary>
/// Pronounceable pseudo-words made of syllables, unique and deterministic for a seed. Frequent ranks get short
/// words, as in natural language.
/// </summary>
internal static class PseudoWords
{
    private static readonly string[] Onsets =
        ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
         "br", "cr", "dr", "fl", "gr", "pl", "pr", "sh", "sk", "st", "th", "tr", "ch", "qu"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"];
    private static readonly string[] Codas = ["", "", "", "n", "r", "s", "t", "l", "m", "x", "nd", "st", "ck"];

    /// <summary><paramref name="count"/> distinct lower-case words; <paramref name="reserved"/> are never produced.</summary>
    public static string[] Make(int count, ref SplitMix64 rng, ISet<string> reserved, int minSyllables = 1)
    {
        var words = new string[count];
        var seen = new HashSet<string>(reserved, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            // why: the top ranks are short (1–2 syllables), the long tail longer (up to 4), like real vocabularies.
            var maxSyllables = i < 500 ? 2 : i < 20_000 ? 3 : 4;
            string word;
            var attempt = 0;
            do
            {
                var syllables = Math.Max(minSyllables, rng.Next(1, maxSyllables + 1) + attempt / 8);
                word = Word(syllables, ref rng);
                attempt++;
            } while (!seen.Add(word));
            words[i] = word;
        }
        return words;
    }

    private static string Word(int syllables, ref SplitMix64 rng)
    {
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        for (var s = 0; s < syllables; s++)
        {
            Append(buffer, ref length, Onsets[rng.Next(0, Onsets.Length)]);
            Append(buffer, ref length, Vowels[rng.Next(0, Vowels.Length)]);
            if (s == syllables - 1 || rng.Chance(0.3)) Append(buffer, ref length, Codas[rng.Next(0, Codas.Length)]);
        }
        return new string(buffer[..length]);
    }

    private static void Append(Span<char> buffer, ref int length, string part)
    {
        part.AsSpan().CopyTo(buffer[length..]);
        length += part.Length;
    }

    public static string Capitalize(string word) =>
        word.Length == 0 ? word : string.Create(word.Length, word, (span, w) =>
        {
            w.AsSpan().CopyTo(span);
            span[0] = char.ToUpperInvariant(span[0]);
        });
}
