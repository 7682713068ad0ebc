using System.CommandLine;
using SearchEngine.Core.Search;

namespace SearchEngine.Cli.Options;

/// <summary>The filter options of search-like commands (search, facets, similar), defined once.</summary>
public sealed class SearchOptions
{
    public Option<string?> Year { get; } = new("--year") { Description = "Year or range: 2020, 2018-2022, 2018-, -2015." };
    public Option<string[]> Venue { get; } = Multi("--venue", "Venue (repeatable; OR).");
    public Option<string[]> Topic { get; } = Multi("--topic", "Topic code such as cs.CV, or a group such as cs (repeatable; OR).");
    public Option<string[]> Author { get; } = Multi("--author", "Author name (repeatable; OR).");
    public Option<string[]> Type { get; } = Multi("--type", "conference, journal or preprint (repeatable; OR).");
    public Option<string?> HasCode { get; } = new("--has-code") { Description = "true or false." };

    private static Option<string[]> Multi(string name, string description) => new(name)
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Year);
        command.Options.Add(Venue);
        command.Options.Add(Topic);
        command.Options.Add(Author);
        command.Options.Add(Type);
        command.Options.Add(HasCode);
    }

    /// <summary>The raw parameters, validated later by <see cref="SearchRequest.TryParse"/> like the API's.</summary>
    public SearchParameters Read(ParseResult parse) => new()
    {
        Year = parse.GetValue(Year),
        Venue = parse.GetValue(Venue),
        Topic = parse.GetValue(Topic),
        Author = parse.GetValue(Author),
        Type = parse.GetValue(Type),
        HasCode = parse.GetValue(HasCode),
    };
}
