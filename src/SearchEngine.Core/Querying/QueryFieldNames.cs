namespace SearchEngine.Core.Querying;

/// <summary>The field prefixes users may type (<c>title:</c>, <c>author:</c>…).</summary>
public static class QueryFieldNames
{
    public const string Title = "title";
    public const string Abstract = "abstract";
    public const string Author = "author";
    public const string Venue = "venue";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        Title, Abstract, Author, Venue,
    };
}
