using System.Globalization;
using System.Text;

namespace SearchEngine.Core.Querying;

/// <summary>
/// Parses the forgiving query syntax: bare words, <c>"phrases"</c>, <c>+must</c>, <c>-exclude</c>,
/// <c>title:</c>/<c>abstract:</c>/<c>author:</c>/<c>venue:</c> prefixes, trailing <c>*</c> and <c>~</c>.
/// Pure and total: it never throws; malformed syntax (an unclosed quote, a stray operator, brackets) degrades to
/// plain words and a warning. Thread-safe (no state).
/// </summary>
public static class LenientQueryParser
{
    private const int MaxQueryLength = 1000;
    private const int MaxClauses = 64;

    public static ParsedQuery Parse(string? text)
    {
        var clauses = new List<QueryClause>();
        var warnings = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return new ParsedQuery(clauses, warnings);
        if (text.Length > MaxQueryLength)
        {
            text = text[..MaxQueryLength];
            warnings.Add($"query truncated to {MaxQueryLength} characters");
        }

        var i = 0;
        while (i < text.Length && clauses.Count < MaxClauses)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }

            var occur = ClauseOccur.Should;
            if (text[i] is '+' or '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                occur = text[i] == '+' ? ClauseOccur.Must : ClauseOccur.MustNot;
                i++;
            }

            string? field = null;
            var colon = FieldPrefixEnd(text, i);
            if (colon > 0)
            {
                field = text[i..colon].ToLowerInvariant();
                i = colon + 1;
                if (i >= text.Length || char.IsWhiteSpace(text[i]))
                {
                    warnings.Add($"'{field}:' has no value and was ignored");
                    continue;
                }
            }

            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close < 0)
                {
                    warnings.Add("unclosed quote: read as plain words");
                    i++;
                    continue; // the words after the quote are read as bare words
                }
                var phrase = Clean(text[(i + 1)..close]);
                i = close + 1;
                SkipSuffix(text, ref i);
                if (phrase.Length > 0) clauses.Add(new QueryClause(occur, ClauseKind.Phrase, phrase, field));
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"') i++;
            AddWord(text[start..i], occur, field, clauses, warnings);
        }
        if (clauses.Count >= MaxClauses && i < text.Length) warnings.Add($"only the first {MaxClauses} clauses are used");
        return new ParsedQuery(clauses, warnings);
    }

    private static void AddWord(string raw, ClauseOccur occur, string? field, List<QueryClause> clauses, List<string> warnings)
    {
        var kind = ClauseKind.Term;
        var edits = 2;
        var tilde = raw.LastIndexOf('~');
        if (tilde > 0 && raw[(tilde + 1)..].All(char.IsAsciiDigit))
        {
            kind = ClauseKind.Fuzzy;
            var digits = raw[(tilde + 1)..];
            if (digits.Length > 0 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                edits = Math.Clamp(n, 1, 2);
            }
            raw = raw[..tilde];
        }
        else if (raw.Length > 1 && raw.EndsWith('*'))
        {
            kind = ClauseKind.Prefix;
            raw = raw.TrimEnd('*');
        }

        var word = Clean(raw);
        if (word.Length == 0)
        {
            if (raw.Length > 0) warnings.Add($"'{raw}' has no searchable characters and was ignored");
            return;
        }
        if (kind == ClauseKind.Prefix && word.Contains(' '))
        {
            kind = ClauseKind.Term; // "foo(bar*" → plain words
            warnings.Add($"'{raw}*' is not a single word: read as plain words");
        }
        if (kind == ClauseKind.Fuzzy && word.Contains(' ')) kind = ClauseKind.Term;
        clauses.Add(new QueryClause(occur, kind, word, field, edits));
    }

    /// <summary>Index of the ':' ending a known field prefix at <paramref name="start"/>, else -1.</summary>
    private static int FieldPrefixEnd(string text, int start)
    {
        var j = start;
        while (j < text.Length && char.IsAsciiLetter(text[j])) j++;
        return j < text.Length && text[j] == ':' && j > start && QueryFieldNames.All.Contains(text[start..j]) ? j : -1;
    }

    private static void SkipSuffix(string text, ref int i)
    {
        // why: `"a b"~2` and `"a b"^3` are Lucene syntax users paste; the suffix is dropped, not searched.
        if (i < text.Length && text[i] is '~' or '^')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }
    }

    /// <summary>Replaces query-syntax punctuation with spaces; keeps letters, digits and in-word punctuation.</summary>
    private static string Clean(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            sb.Append(c is '(' or ')' or '[' or ']' or '{' or '}' or '^' or '!' or '&' or '|' or '\\' or '"' or ':' or '*' or '?' or '~'
                ? ' '
                : c);
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
