using System.Globalization;
using System.Text;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Citations;

/// <summary>
/// Stable citation keys: first author's surname + year + first significant title word, lower-case ASCII
/// (<c>han2020ghostnet</c>). A paper without authors is keyed by its first significant title word, then the year
/// (<c>ghostnet2020</c>), so the key never looks like an author's. The same paper always gets the same key; <see cref="Unique"/> suffixes a, b, … when
/// one export holds two papers with the same key.
/// </summary>
public static class CitationKey
{
    private static readonly HashSet<string> Skip = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "via", "from", "towards", "toward", "is", "are", "at", "by",
    };

    public static string For(Paper paper)
    {
        var author = paper.Authors.Count > 0 ? Ascii(Surname(paper.Authors[0])) : "";
        var word = Words(paper.Title).FirstOrDefault(w => !Skip.Contains(w)) ?? "";
        var year = paper.Year?.ToString(CultureInfo.InvariantCulture) ?? "";
        var key = author.Length > 0 ? author + year + word : word + year;
        return key.Length > 0 ? key : "paper" + Ascii(paper.Id);
    }

    /// <summary>Keys for a list of papers, in order, made unique by suffixes (<c>han2020ghostnet</c>, <c>han2020ghostneta</c>…).</summary>
    public static IReadOnlyList<string> Unique(IReadOnlyList<Paper> papers)
    {
        var sequence = new Sequence();
        return papers.Select(sequence.Next).ToList();
    }

    /// <summary>Unique keys handed out one at a time, for exports written as they are read.</summary>
    public sealed class Sequence
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        public string Next(Paper paper)
        {
            var key = For(paper);
            if (_seen.TryGetValue(key, out var n))
            {
                _seen[key] = n + 1;
                return key + Suffix(n);
            }
            _seen[key] = 0;
            return key;
        }
    }

    private static string Suffix(int n) => n < 26 ? ((char)('a' + n)).ToString() : n.ToString(CultureInfo.InvariantCulture);

    private static string Surname(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? "" : parts[^1];
    }

    private static IEnumerable<string> Words(string title) =>
        title.Split([' ', '\t', '\r', '\n', ':', '-', ',', '.', ';', '?', '!', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Ascii(w))
            .Where(w => w.Length > 0);

    /// <summary>Lower-case ASCII letters and digits only; accents are folded (<c>Müller</c> → <c>muller</c>).</summary>
    internal static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
