using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Tests.Builders;

/// <summary>Hand-built records for merge tests.</summary>
public static class RecordBuilder
{
    public static PaperRecord Record(string title, string file = "a.txt", int ordinal = 1, string kind = PageKind.JsonLines) => new()
    {
        Title = title,
        Source = new SourceRef(file, kind, ordinal, ordinal),
    };
}
