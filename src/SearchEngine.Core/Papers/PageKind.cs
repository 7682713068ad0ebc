namespace SearchEngine.Core.Papers;

/// <summary>The kind of source a record was read from (one per reader); recorded in provenance.</summary>
public static class PageKind
{
    public const string AuthorCluster = "author-cluster";
    public const string ResearcherProfile = "researcher-profile";
    public const string MetricsProfile = "metrics-profile";
    public const string TrendingPapers = "trending-papers";
    public const string JsonLines = "jsonl";
    public const string ArxivSnapshot = "arxiv-snapshot";
    public const string BeirCorpus = "beir-corpus";
}
