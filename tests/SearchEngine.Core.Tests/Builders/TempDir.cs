using System.IO.Compression;

namespace SearchEngine.Core.Tests.Builders;

/// <summary>A temporary directory per test, deleted on dispose.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("se-ingest-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string Copy(string source, string name)
    {
        var path = File(name);
        System.IO.File.Copy(source, path);
        return path;
    }

    public string Gzip(string source, string name)
    {
        var path = File(name);
        using var input = System.IO.File.OpenRead(source);
        using var output = new GZipStream(System.IO.File.Create(path), CompressionLevel.Fastest);
        input.CopyTo(output);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
