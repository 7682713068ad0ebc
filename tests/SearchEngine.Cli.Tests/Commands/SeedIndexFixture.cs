using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Cli.Tests.Commands;

/// <summary>Builds one index of the seed pages with the CLI's own index command; shared read-only by a test class.</summary>
public sealed class SeedIndexFixture : IDisposable
{
    public SeedIndexFixture()
    {
        Dir = Directory.CreateTempSubdirectory("se-cli-index-").FullName;
        var (exit, output, error) = CliRunner.Run("index", "--source", TestPaths.SeedsDir, "--index", Dir).GetAwaiter().GetResult();
        if (exit != 0) throw new InvalidOperationException($"index failed ({exit}): {output} {error}");
        IndexOutput = output;
    }

    public string Dir { get; }
    public string IndexOutput { get; }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
