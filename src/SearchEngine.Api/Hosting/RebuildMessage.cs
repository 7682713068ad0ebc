namespace SearchEngine.Api.Hosting;

/// <summary>
/// One line of what a rebuild child (<see cref="RebuildChild"/>) tells the server on its standard output:
/// <c>kind TAB text</c>. Anything else the child prints (a runtime crash on standard error, say) is logged as is.
/// </summary>
public sealed record RebuildMessage(string Kind, string Text)
{
    /// <summary>A build stage ("reading sources", "indexing"…); shown by <c>/ready</c>, logged.</summary>
    public const string Stage = "stage";

    /// <summary>An ingest issue (<c>file:line: reason</c>); logged as a warning.</summary>
    public const string Issue = "issue";

    /// <summary>The new generation is published: the text is <c>papers TAB issues</c>.</summary>
    public const string Built = "built";

    /// <summary>The build failed; the text is the reason (may name paths: logged, never shown).</summary>
    public const string Failed = "failed";

    public override string ToString() => $"{Kind}\t{Text.ReplaceLineEndings(" ")}";

    /// <summary>The message in <paramref name="line"/>, or null when it is not one.</summary>
    public static RebuildMessage? Parse(string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        if (tab <= 0) return null;
        var kind = line[..tab];
        return kind is Stage or Issue or Built or Failed ? new RebuildMessage(kind, line[(tab + 1)..]) : null;
    }
}
