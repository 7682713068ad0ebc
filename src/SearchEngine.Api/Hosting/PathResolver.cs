namespace SearchEngine.Api.Hosting;

/// <summary>
/// Resolves relative configured paths. <c>dotnet run --project src/SearchEngine.Api</c> makes the project folder
/// the content root, while the defaults (<c>index-data/…</c>) are relative to the repository root; so a relative
/// path is tried against the content root, then the repository root (the folder above holding
/// <c>SearchEngine.sln</c>), then the current directory. A path that exists nowhere (an index not built yet)
/// goes to the repository root when there is one, else the content root.
/// </summary>
public sealed class PathResolver(string contentRoot)
{
    public const string SolutionFile = "SearchEngine.sln";

    public string ContentRoot { get; } = System.IO.Path.GetFullPath(contentRoot);

    public string? RepositoryRoot { get; } = FindRepositoryRoot(contentRoot);

    public string Resolve(string path)
    {
        if (System.IO.Path.IsPathRooted(path)) return System.IO.Path.GetFullPath(path);
        var candidates = new[] { ContentRoot, RepositoryRoot, Directory.GetCurrentDirectory() }
            .OfType<string>()
            .Select(root => System.IO.Path.GetFullPath(System.IO.Path.Combine(root, path)));
        return candidates.FirstOrDefault(p => Directory.Exists(p) || File.Exists(p))
            ?? System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot ?? ContentRoot, path));
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(System.IO.Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
        }
        return null;
    }
}
