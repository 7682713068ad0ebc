namespace SearchEngine.Core.Search;

/// <summary>One facet dimension to count and how many values to return ("show more" raises the limit).</summary>
public sealed record FacetRequest(string Dimension, int Limit);

/// <summary>The facet dimensions and their default limits.</summary>
public static class FacetDimensions
{
    public const string Venue = "venue";
    public const string Topic = "topic";
    public const string Year = "year";
    public const string Type = "type";
    public const string Author = "author";

    public const int MaxLimit = 1000;

    public static IReadOnlyList<string> All { get; } = [Venue, Topic, Year, Type, Author];

    public static int DefaultLimit(string dimension) => dimension switch
    {
        Year => 200,
        Type => 10,
        Topic => 30,
        _ => 10,
    };

    public static IReadOnlyList<FacetRequest> Defaults { get; } =
        All.Select(d => new FacetRequest(d, DefaultLimit(d))).ToList();
}
