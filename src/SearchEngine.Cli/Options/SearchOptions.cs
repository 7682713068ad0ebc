using System.CommandLine;
using SearchEngine.Core.Schema;
using SearchEngine.Core.Search;

namespace SearchEngine.Cli.Options;

/// <summary>
/// The filter options of search-like commands (search, facets, similar): one repeatable option per filterable
/// dimension of <see cref="Dimensions"/> (<c>--venue</c>, <c>--year</c>, <c>--has-code</c>…), derived from the table.
/// </summary>
public sealed class SearchOptions
{
    private readonly IReadOnlyList<(Dimension Dimension, Option<string[]> Option)> _options = Dimensions.Filters
        .Select(d => (d, new Option<string[]>(d.CliOption)
        {
            Description = d.Description,
            // why: keyword filters repeat (OR within the dimension); for a year range the last one counts.
            Arity = ArgumentArity.ZeroOrMore,
        }))
        .ToList();

    public void AddTo(Command command)
    {
        foreach (var (_, option) in _options) command.Options.Add(option);
    }

    /// <summary>The raw parameters, validated later by <see cref="SearchRequest.TryParse"/> like the API's.</summary>
    public SearchParameters Read(ParseResult parse)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (dimension, option) in _options)
        {
            if (parse.GetValue(option) is { Length: > 0 } values) filters[dimension.Name] = values;
        }
        return new SearchParameters { Filters = filters };
    }
}
