using SearchEngine.Core.Querying;

namespace SearchEngine.Api.Hosting;

/// <summary>How costly a request looks before it runs, from its path and <c>q</c> parameter.</summary>
public static class RequestCost
{
    public enum Kind
    {
        /// <summary>Not limited: health, docs, static files.</summary>
        Free,
        /// <summary>An ordinary API request.</summary>
        Normal,
        /// <summary>Fuzzy or prefix clauses, or many words: admitted a few at a time so they cannot starve the rest.</summary>
        Expensive,
    }

    /// <summary>More clauses than this make a query expensive.</summary>
    public const int ExpensiveTerms = 16;

    public static Kind Classify(HttpRequest request)
    {
        if (!request.Path.StartsWithSegments("/api")) return Kind.Free;
        var q = request.Query["q"].ToString();
        if (q.Length == 0) return Kind.Normal;
        var parsed = LenientQueryParser.Parse(q);
        return parsed.Clauses.Count > ExpensiveTerms || parsed.Clauses.Any(c => c.Kind is ClauseKind.Fuzzy or ClauseKind.Prefix)
            ? Kind.Expensive
            : Kind.Normal;
    }

    /// <summary>Writes are exempt from the time budget: a streamed bulk write legitimately takes longer.</summary>
    public static bool IsWrite(HttpRequest request) =>
        request.Path.StartsWithSegments("/api/papers") && (HttpMethods.IsPost(request.Method) || HttpMethods.IsDelete(request.Method));
}
