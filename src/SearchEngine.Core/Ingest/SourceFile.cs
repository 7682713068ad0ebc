using System.IO.Compression;
using System.Text;

namespace SearchEngine.Core.Ingest;

/// <summary>Opens source files as text, gunzipping transparently (detected by the gzip magic bytes, not the name).</summary>
public static class SourceFile
{
    /// <summary>How much of a file detection looks at.</summary>
    public const int HeadChars = 8192;

    public static TextReader OpenText(string path)
    {
        Stream stream = File.OpenRead(path);
        try
        {
            var magic = new byte[2];
            var n = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
            stream.Position = 0;
            if (n == 2 && magic[0] == 0x1f && magic[1] == 0x8b)
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }
            return new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The first <see cref="HeadChars"/> characters of the (decompressed) file.</summary>
    public static string ReadHead(string path)
    {
        using var reader = OpenText(path);
        var buffer = new char[HeadChars];
        var total = 0;
        while (total < buffer.Length)
        {
            var n = reader.Read(buffer, total, buffer.Length - total);
            if (n == 0)
            {
                break;
            }
            total += n;
        }
        return new string(buffer, 0, total);
    }
}
