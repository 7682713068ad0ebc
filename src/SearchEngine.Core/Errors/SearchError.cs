namespace SearchEngine.Core.Errors;

/// <summary>One problem with a request: a code from the catalog, the parameter at fault, and a clear detail.</summary>
public sealed record SearchError(SearchErrorCode Code, string? Parameter, string Detail)
{
    public int Status => SearchErrors.Describe(Code).Status;
    public string Title => SearchErrors.Describe(Code).Title;
    /// <summary>Kebab-case code for machines (<c>inverted-year-range</c>).</summary>
    public string CodeName => SearchErrors.Describe(Code).Name;
}
