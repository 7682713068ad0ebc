using System.Text;
using System.Text.RegularExpressions;

namespace SearchEngine.Core.Ingest;

/// <summary>
/// Decodes the TeX accent commands arXiv's author strings are written with (<c>Bal\'azs</c> → <c>Balázs</c>,
/// <c>G\"ahler</c> / <c>G{\"a}hler</c> / <c>G\"{a}hler</c> → <c>Gähler</c>, <c>\c{c}</c> → <c>ç</c>) and a few
/// letter commands (<c>\o</c>, <c>\ss</c>, <c>\l</c>). Anything else is left as written.
/// </summary>
public static partial class LatexAccents
{
    // The combining mark each accent command stands for.
    private static readonly Dictionary<char, char> Marks = new()
    {
        ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['"'] = '\u0308', ['~'] = '\u0303',
        ['='] = '\u0304', ['.'] = '\u0307', ['u'] = '\u0306', ['v'] = '\u030C', ['H'] = '\u030B',
        ['c'] = '\u0327', ['k'] = '\u0328', ['r'] = '\u030A',
    };

    private static readonly Dictionary<string, string> Letters = new(StringComparer.Ordinal)
    {
        ["o"] = "ø", ["O"] = "Ø", ["l"] = "ł", ["L"] = "Ł", ["ss"] = "ß", ["ae"] = "æ", ["AE"] = "Æ",
        ["oe"] = "œ", ["OE"] = "Œ", ["aa"] = "å", ["AA"] = "Å", ["i"] = "ı", ["j"] = "ȷ",
    };

    public static string Decode(string text)
    {
        if (!text.Contains('\\')) return text;
        var decoded = Accent().Replace(text, m =>
        {
            var letter = m.Groups["letter"].Value;
            // why: \'{\i} is how TeX writes an accented dotless i; the accent goes on a plain i.
            if (letter is @"\i" or "ı") letter = "i";
            return Marks.TryGetValue(m.Groups["cmd"].Value[0], out var mark) ? letter + mark : m.Value;
        });
        decoded = Letter().Replace(decoded, m => Letters.TryGetValue(m.Groups["name"].Value, out var l) ? l : m.Value);
        return decoded.Normalize(NormalizationForm.FormC);
    }

    // {\"a}, \"{a}, \"a; letter commands (u v H c k r) need braces or a following space/letter: \c{c}, \v c.
    [GeneratedRegex(@"\{?\\(?<cmd>['`^""~=.])\s*\{?(?<letter>\\i|[A-Za-z])\}?\}?|\{?\\(?<cmd>[uvHckr])(?:\{(?<letter>\\i|[A-Za-z])\}|\s+(?<letter>[A-Za-z]))\}?")]
    private static partial Regex Accent();

    [GeneratedRegex(@"\{?\\(?<name>ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i|j)(?![A-Za-z])\s?\}?")]
    private static partial Regex Letter();
}
