using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests;

public sealed class ArchitectureTests
{
    [Theory]
    [InlineData("Papers")]
    [InlineData("Ingest")]
    [InlineData("Exchange")]
    public void Domain_and_ingest_code_does_not_use_Lucene(string folder)
    {
        var dir = Path.Combine(TestPaths.RepoRoot, "src", "SearchEngine.Core", folder);
        var files = Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.DoesNotContain("using Lucene", File.ReadAllText(f), StringComparison.Ordinal));
    }
}
