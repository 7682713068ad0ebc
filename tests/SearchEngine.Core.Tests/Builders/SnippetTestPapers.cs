using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Tests.Builders;

/// <summary>Hand-made papers for the snippet and suggest tests (named apart from other test builders).</summary>
internal static class SnippetTestPapers
{
    public static Paper Paper(string id, string title, string abstractText = "", params string[] authors) =>
        new() { Id = id, Title = title, Abstract = abstractText, Authors = authors };
}
