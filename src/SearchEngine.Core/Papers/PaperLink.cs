namespace SearchEngine.Core.Papers;

/// <summary>
/// A link of a paper: to its code, its arXiv listing, its DOI, or another web page, and where it was found.
/// </summary>
/// <param name="Kind"><see cref="Code"/>, <see cref="Arxiv"/>, <see cref="Doi"/> or <see cref="Web"/>.</param>
/// <param name="Url">An absolute https URL.</param>
/// <param name="Origin"><see cref="FromAbstract"/> (found in the abstract's text) or <see cref="FromSource"/> (a field of a source record).</param>
public sealed record PaperLink(string Kind, string Url, string Origin)
{
    public const string Code = "code";
    public const string Arxiv = "arxiv";
    public const string Doi = "doi";
    public const string Web = "web";

    public const string FromAbstract = "abstract";
    public const string FromSource = "source";
}
