namespace SearchEngine.Core.Papers;

/// <summary>What kind of publication a record describes. Serialized as <c>conference</c>, <c>journal</c>, <c>preprint</c>.</summary>
public enum PublicationType
{
    ConferencePaper,
    JournalArticle,
    Preprint,
}

/// <summary>The one mapping between <see cref="PublicationType"/> and its wire/index code.</summary>
public static class PublicationTypes
{
    public const string Conference = "conference";
    public const string Journal = "journal";
    public const string Preprint = "preprint";

    public static IReadOnlyList<string> Codes { get; } = [Conference, Journal, Preprint];

    public static string ToCode(this PublicationType type) => type switch
    {
        PublicationType.ConferencePaper => Conference,
        PublicationType.JournalArticle => Journal,
        _ => Preprint,
    };

    /// <summary>Parses a code or a common spelling ("Conference Paper", "journal-article", "article").</summary>
    public static bool TryParse(string? text, out PublicationType type)
    {
        var key = new string((text ?? "").Where(char.IsLetter).ToArray()).ToLowerInvariant();
        switch (key)
        {
            case "conference" or "conferencepaper" or "inproceedings" or "proceedings" or "paper":
                type = PublicationType.ConferencePaper; return true;
            case "journal" or "journalarticle" or "article":
                type = PublicationType.JournalArticle; return true;
            case "preprint" or "eprint" or "arxiv":
                type = PublicationType.Preprint; return true;
            default:
                type = default; return false;
        }
    }

    /// <summary>Peer-reviewed venues (conference, journal) outrank preprints when merging.</summary>
    public static bool IsPeerReviewed(this PublicationType type) => type != PublicationType.Preprint;
}
