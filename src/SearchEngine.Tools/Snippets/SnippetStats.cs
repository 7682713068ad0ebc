using System.Globalization;

namespace SearchEngine.Tools.Snippets;

/// <summary>What one snippet builder produced over a set of hits: quality proxies and time per snippet.</summary>
public sealed class SnippetStats(string name)
{
    private readonly List<double> _micros = [];
    private int _snippets, _withHighlight, _midWordStarts;
    private long _distinctWords, _chars;

    public string Name { get; } = name;

    /// <summary>Records one snippet: its plain text, the highlighted substrings, where it starts in the abstract, how long it took.</summary>
    public void Add(string fragment, IReadOnlyCollection<string> highlighted, string source, TimeSpan elapsed)
    {
        _snippets++;
        if (highlighted.Count > 0) _withHighlight++;
        _distinctWords += highlighted.Select(h => h.ToLowerInvariant()).Distinct().Count();
        _chars += fragment.Length;
        var body = fragment.Trim('…', ' ');
        var at = body.Length == 0 ? -1 : source.IndexOf(body[..Math.Min(30, body.Length)], StringComparison.Ordinal);
        if (at > 0 && char.IsLetterOrDigit(source[at - 1])) _midWordStarts++;
        _micros.Add(elapsed.TotalMicroseconds);
    }

    public int Snippets => _snippets;
    public double HighlightedShare => _snippets == 0 ? 0 : (double)_withHighlight / _snippets;
    public double DistinctWordsPerSnippet => _snippets == 0 ? 0 : (double)_distinctWords / _snippets;
    public double MidWordStartShare => _snippets == 0 ? 0 : (double)_midWordStarts / _snippets;
    public double MeanChars => _snippets == 0 ? 0 : (double)_chars / _snippets;
    public double P50Micros => Percentile(0.5);
    public double P99Micros => Percentile(0.99);

    private double Percentile(double p)
    {
        if (_micros.Count == 0) return 0;
        var sorted = _micros.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-24} {Snippets,6} {HighlightedShare,9:P1} {DistinctWordsPerSnippet,9:F2} {MidWordStartShare,9:P1} {MeanChars,7:F0} {P50Micros,9:F1} {P99Micros,9:F1}");

    public static string Header => $"{"builder",-24} {"hits",6} {"marked",9} {"words",9} {"mid-word",9} {"chars",7} {"p50 µs",9} {"p99 µs",9}";
}
