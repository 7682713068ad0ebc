using System.Text.Json;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Ingest;

/// <summary>Shared plumbing of the JSON Lines readers: streaming lines, content-based detection, typed field access.</summary>
internal static class JsonLineInput
{
    /// <summary>Non-blank lines with their 1-based numbers, read one at a time (never the whole file).</summary>
    public static IEnumerable<(int Line, string Text)> Lines(TextReader reader)
    {
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return (n, line);
            }
        }
    }

    /// <summary>
    /// True when the first complete line of <paramref name="head"/> that parses as a JSON object satisfies
    /// <paramref name="fields"/>. A file whose first lines are malformed is still recognized by a later one.
    /// </summary>
    public static bool FirstObjectMatches(string head, Func<JsonElement, bool> fields)
    {
        var lines = head.Split('\n');
        // why: the last piece may be cut at the head boundary, unless the head is the whole file.
        var complete = head.Length < SourceFile.HeadChars ? lines.Length : Math.Max(1, lines.Length - 1);
        foreach (var line in lines.Take(complete))
        {
            if (!line.TrimStart().StartsWith('{'))
            {
                continue;
            }
            try
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.ValueKind == JsonValueKind.Object)
                {
                    return fields(doc.RootElement);
                }
            }
            catch (JsonException)
            {
                // A malformed line: try the next one; the reader will report it.
            }
        }
        return false;
    }

    /// <summary>
    /// Reads one JSON object per line and maps it with <paramref name="toRecord"/>, which throws
    /// <see cref="FormatException"/> for a record it cannot use. Every bad line becomes an issue
    /// (<c>file:line: reason</c>) and is skipped; ordinals count the records actually read.
    /// </summary>
    public static IEnumerable<PaperRecord> ReadObjects(TextReader text, string file, string kind,
        ICollection<IngestIssue> issues, Func<JsonElement, SourceRef, PaperRecord> toRecord)
    {
        var ordinal = 0;
        foreach (var (line, json) in Lines(text))
        {
            PaperRecord? record = null;
            string? error = null;
            try
            {
                using var doc = JsonDocument.Parse(json);
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                {
                    error = "not a JSON object";
                }
                else
                {
                    record = toRecord(doc.RootElement, new SourceRef(file, kind, ordinal + 1, line));
                }
            }
            catch (JsonException e)
            {
                error = $"invalid JSON: {e.Message}";
            }
            catch (FormatException e)
            {
                error = e.Message;
            }
            if (record is null)
            {
                issues.Add(new IngestIssue(file, line, error ?? "unreadable record"));
                continue;
            }
            ordinal++;
            yield return record;
        }
    }

    /// <summary>The normalized title, or a <see cref="FormatException"/> when it is missing.</summary>
    public static string RequiredTitle(JsonElement o)
    {
        var title = TextNormalizer.Normalize(String(o, "title"));
        return title.Length > 0 ? title : throw new FormatException("missing title");
    }

    public static bool Has(JsonElement o, string name) => o.TryGetProperty(name, out _);

    /// <summary>A string field: null when absent or JSON null; an error when of another type.</summary>
    public static string? String(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : throw new FormatException($"'{name}' must be a string, not {v.ValueKind.ToString().ToLowerInvariant()}");
    }
}
