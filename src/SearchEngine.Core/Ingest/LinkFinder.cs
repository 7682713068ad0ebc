using System.Text.RegularExpressions;
using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Ingest;

/// <summary>
/// Finds a paper's links: URLs, arXiv ids and DOIs written in its abstract ("Code is available at
/// https://github.com/huawei-noah/ghostnet"), and the DOI and arXiv URL its sources give. A URL on a code host
/// (<see cref="CodeHosts"/>) with at least an owner and a repository is a <see cref="PaperLink.Code"/> link and makes the
/// paper <c>hasCode</c>; <c>arXiv:2103.00112</c> and arxiv.org URLs become the canonical <c>https://arxiv.org/abs/…</c>;
/// <c>doi:10.…</c>, bare <c>10.NNNN/…</c> and doi.org URLs become <c>https://doi.org/…</c>; any other URL is a
/// <see cref="PaperLink.Web"/> link. Links are distinct by URL; a source's link wins over the same one in the abstract.
/// </summary>
public static partial class LinkFinder
{
    /// <summary>Hosts whose repository URLs are links to code (host → path segments a repository needs).</summary>
    public static IReadOnlyDictionary<string, int> CodeHosts { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["github.com"] = 2, ["gitlab.com"] = 2, ["gitee.com"] = 2, ["bitbucket.org"] = 2, ["codeberg.org"] = 2,
        ["huggingface.co"] = 1, ["sourceforge.net"] = 2, ["git.openi.org.cn"] = 2,
    };

    public static IReadOnlyList<PaperLink> Find(string? abstractText, string? doi, string? url, string? arxivId)
    {
        var links = new List<PaperLink>();
        if (!string.IsNullOrWhiteSpace(doi)) Add(links, new PaperLink(PaperLink.Doi, DoiUrl(doi.Trim()), PaperLink.FromSource));
        if (!string.IsNullOrWhiteSpace(url) && Classify(url, PaperLink.FromSource) is { Kind: not PaperLink.Web } fromUrl) Add(links, fromUrl);
        if (!string.IsNullOrWhiteSpace(arxivId) && ArxivId().IsMatch(arxivId.Trim()))
        {
            Add(links, new PaperLink(PaperLink.Arxiv, "https://arxiv.org/abs/" + arxivId.Trim(), PaperLink.FromSource));
        }
        if (string.IsNullOrEmpty(abstractText) || !MayHoldLinks(abstractText)) return links;

        foreach (Match m in Candidate().Matches(Repair(abstractText)))
        {
            var text = TrimTrailing(m.Value);
            var link = m.Groups["arxiv"].Success ? new PaperLink(PaperLink.Arxiv, "https://arxiv.org/abs/" + m.Groups["arxiv"].Value, PaperLink.FromAbstract)
                : m.Groups["doi"].Success ? new PaperLink(PaperLink.Doi, DoiUrl(TrimTrailing(m.Groups["doi"].Value)), PaperLink.FromAbstract)
                : Classify(text.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? text : "https://" + text, PaperLink.FromAbstract);
            if (link is not null) Add(links, link);
        }
        return links;
    }

    /// <summary>
    /// Undoes what PDF text extraction does to URLs in the seed pages: <c>https: //github. com/x</c> →
    /// <c>https://github.com/x</c> (a space after the scheme's colon, and after a dot before a common top-level domain),
    /// and TeX's <c>\_</c> → <c>_</c>. Only the text searched for links is repaired; the abstract stays as given.
    /// </summary>
    internal static string Repair(string text)
    {
        if (!text.Contains(": //", StringComparison.Ordinal) && !text.Contains(". ", StringComparison.Ordinal) && !text.Contains('\\')) return text;
        var repaired = SpacedScheme().Replace(text, "$1://");
        repaired = SpacedHost().Replace(repaired, m => m.Value.Replace(". ", ".", StringComparison.Ordinal));
        return repaired.Replace("\\_", "_", StringComparison.Ordinal);
    }

    /// <summary>The first code link's URL, or null.</summary>
    public static string? CodeUrl(IEnumerable<PaperLink> links) => links.FirstOrDefault(l => l.Kind == PaperLink.Code)?.Url;

    // why: most abstracts hold no link; a cheap test spares the regex on millions of them.
    private static bool MayHoldLinks(string text) =>
        text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
        || text.Contains("arxiv", StringComparison.OrdinalIgnoreCase) || text.Contains("10.", StringComparison.Ordinal)
        || CodeHosts.Keys.Any(h => text.Contains(h, StringComparison.OrdinalIgnoreCase));

    private static PaperLink? Classify(string url, string origin)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !uri.Host.Contains('.'))
        {
            return null;
        }
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (host.Equals("arxiv.org", StringComparison.OrdinalIgnoreCase) && segments.Length >= 2 && segments[0] is "abs" or "pdf")
        {
            var id = segments[1].EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? segments[1][..^4] : segments[1];
            if (ArxivId().IsMatch(id)) return new PaperLink(PaperLink.Arxiv, "https://arxiv.org/abs/" + id, origin);
        }
        if (host.Equals("doi.org", StringComparison.OrdinalIgnoreCase) || host.Equals("dx.doi.org", StringComparison.OrdinalIgnoreCase))
        {
            return new PaperLink(PaperLink.Doi, DoiUrl(Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'))), origin);
        }
        var https = "https://" + uri.Host + uri.PathAndQuery.TrimEnd('/');
        if (CodeHosts.TryGetValue(host, out var needed) && segments.Length >= needed) return new PaperLink(PaperLink.Code, https, origin);
        return new PaperLink(PaperLink.Web, uri.Scheme == "http" ? "http://" + uri.Host + uri.PathAndQuery.TrimEnd('/') : https, origin);
    }

    private static string DoiUrl(string doi)
    {
        var bare = doi.StartsWith("https://doi.org/", StringComparison.OrdinalIgnoreCase) ? doi[16..]
            : doi.StartsWith("doi:", StringComparison.OrdinalIgnoreCase) ? doi[4..].Trim() : doi;
        return "https://doi.org/" + bare;
    }

    private static void Add(List<PaperLink> links, PaperLink link)
    {
        if (!links.Any(l => string.Equals(l.Url, link.Url, StringComparison.OrdinalIgnoreCase))) links.Add(link);
    }

    /// <summary>Sentence punctuation after a URL is not part of it; a closing bracket is only when it has no opening one.</summary>
    private static string TrimTrailing(string text)
    {
        while (text.Length > 0)
        {
            var last = text[^1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"') { text = text[..^1]; continue; }
            if (last is ')' && text.Count(c => c == '(') < text.Count(c => c == ')')) { text = text[..^1]; continue; }
            if (last is ']' && text.Count(c => c == '[') < text.Count(c => c == ']')) { text = text[..^1]; continue; }
            break;
        }
        return text;
    }

    [GeneratedRegex(@"\b(https?): //", RegexOptions.IgnoreCase)]
    private static partial Regex SpacedScheme();

    // A URL's host written with ". " between labels, ending in a common top-level domain ("visual-ai. github. io").
    [GeneratedRegex(@"(?<=(?:https?://|www\.))[\w-]+(?:\. ?[\w-]+)*?\. ?(?:com|org|io|net|co|cn|edu|ai|dev|me|ac|uk|de)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpacedHost();

    [GeneratedRegex(@"^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?/\d{7})(v\d+)?$")]
    private static partial Regex ArxivId();

    // A URL (with scheme or www.), a bare code-host repository, an arXiv id, or a DOI.
    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""{}|\\^`]+|(?<![\w./@-])(?:github\.com|gitlab\.com|gitee\.com|bitbucket\.org|huggingface\.co)/[\w.-]+(?:/[\w.-]+)*|\barXiv:\s?(?<arxiv>\d{4}\.\d{4,5}(?:v\d+)?)|(?:\bdoi:\s?|(?<![\w/.]))(?<doi>10\.\d{4,9}/[^\s""<>]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Candidate();
}
