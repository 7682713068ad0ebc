using System.Text.RegularExpressions;
using Lucene.Net.Analysis.En;

namespace SearchEngine.Core.Similar;

/// <summary>
/// What may describe a paper's subject in "more like this": its text without web addresses, and terms that are
/// words (not numbers, not stop words, not the vocabulary of links such as <c>https</c>, <c>github</c>, <c>com</c>).
/// Abstracts often end with "code is available at https://github.com/…": those parts match every paper with a code
/// link and say nothing about the subject.
/// </summary>
internal static partial class TopicalTerms
{
    // why: words that occur in link sentences or addresses themselves; host and path parts are removed with the address.
    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal)
    {
        "url", "urls", "http", "https", "www", "com", "org", "net", "io", "edu", "cn", "html", "htm",
        "github", "gitee", "gitlab", "githubusercontent", "huggingface", "bitbucket",
    };

    /// <summary><paramref name="text"/> with every web address replaced by a space (offsets of other words shift).</summary>
    public static string WithoutAddresses(string text) => Address().Replace(text, " ");

    /// <summary>True when an analyzed term can describe a subject: it has a letter and is no stop or link word.</summary>
    public static bool IsTopical(string term) =>
        term.Any(char.IsLetter) && !LinkWords.Contains(term) && !EnglishAnalyzer.DefaultStopSet.Contains(term);

    // why: a scheme or www. starts an address; otherwise a dotted name ending in a common top-level domain
    // (gitee.com/mindspore/models) is one, with its path.
    [GeneratedRegex(@"(?:\b(?:https?|ftp)://|\bwww\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|edu|cn|ai|dev|html?)\b(?:/\S*)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
