namespace SearchEngine.Core.Tests.Builders;

/// <summary>Locates the repository (the folder holding SearchEngine.sln) and its seed pages.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string SeedsDir => Path.Combine(RepoRoot, "index-data", "seeds");

    /// <summary>The seed file whose name starts with <paramref name="prefix"/> (e.g. <c>"000"</c>).</summary>
    public static string Seed(string prefix) =>
        Directory.GetFiles(SeedsDir, prefix + "_*.txt").Single();

    public static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SearchEngine.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("SearchEngine.sln not found above " + AppContext.BaseDirectory);
    }
}
