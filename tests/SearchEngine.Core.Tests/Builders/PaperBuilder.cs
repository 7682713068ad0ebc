using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Tests.Builders;

/// <summary>Hand-made papers for tiny test corpora: <c>Paper("p1", "Title").Abstract("…").Year(2020).Build()</c>.</summary>
public sealed class PaperBuilder(string id, string title)
{
    private Paper _paper = new() { Id = id, Title = title };

    public static PaperBuilder Paper(string id, string title) => new(id, title);

    public PaperBuilder Abstract(string text) { _paper = _paper with { Abstract = text }; return this; }
    public PaperBuilder Authors(params string[] names) { _paper = _paper with { Authors = names }; return this; }
    public PaperBuilder Year(int year) { _paper = _paper with { Year = year }; return this; }
    public PaperBuilder Venue(string venue, PublicationType type = PublicationType.ConferencePaper)
    {
        _paper = _paper with { Venue = venue, Type = type };
        return this;
    }
    public PaperBuilder Topics(params string[] codes) { _paper = _paper with { Topics = codes }; return this; }
    public PaperBuilder Code() { _paper = _paper with { HasCode = true }; return this; }

    public Paper Build() => _paper;

    public static implicit operator Paper(PaperBuilder builder) => builder.Build();
}
