namespace SearchEngine.Tools.Bench;

/// <summary>One benchmark query: keywords plus optional filters (OR within a dimension, AND across).</summary>
public sealed record BenchQuery(string Text, (int From, int To)? Years = null, string? Venue = null, string? Topic = null)
{
    public int FilterCount => (Years is null ? 0 : 1) + (Venue is null ? 0 : 1) + (Topic is null ? 0 : 1);
}
