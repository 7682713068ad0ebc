namespace SearchEngine.Tools.Bench;

/// <summary>One bench run as the command line asked for it.</summary>
/// <param name="Queries">Generated queries per phase; null when <paramref name="QueryFile"/> gives them.</param>
/// <param name="Peers">Peer engines to run after ours, in order: <c>sqlite</c>, <c>java</c>.</param>
/// <param name="JavaAnchor">The Java anchor's directory, or null to look for it beside the repository.</param>
/// <param name="SqliteQueries">
/// Timed requests per phase for the SQLite peer (the first of the same requests), or null for all: at a million papers
/// its faceted requests take seconds each.
/// </param>
public sealed record BenchSettings(int Papers, string? Corpus, int? Queries, string? QueryFile, int Seed,
    IReadOnlyList<string> Peers, string? Index, string? JavaAnchor, string CommandLine, int? SqliteQueries = null)
{
    public const int DefaultQueries = 500;
    public static readonly IReadOnlyList<string> KnownPeers = ["sqlite", "java"];
}
