// Where RM3 feedback spends a search: mean ms per query over 270 corpus titles, feedback off and on, and the
// first pass / expansion / expanded search split. usage: dotnet run -c Release bench/feedback-cost.cs INDEXROOT CORPUS.jsonl
#:project ../src/SearchEngine.Core/SearchEngine.Core.csproj
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
#:property TreatWarningsAsErrors=false
#:property Nullable=disable
using System.Diagnostics;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;
using SearchEngine.Core.Search;
using SearchEngine.Core.Querying;
using SearchEngine.Core.Ranking;
using Lucene.Net.Search;

var loc = new IndexLocation(args[0]);
var titles = File.ReadLines(args[1]).Take(300).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("title").GetString()).ToList();
foreach (var fb in new[] { false, true })
{
    using var index = PaperIndex.Open(loc, new RankingOptions { Feedback = fb });
    var svc = new SearchService(index);
    foreach (var t in titles.Take(30)) svc.Search(new SearchRequest { Query = t, Size = 10 });
    var sw = Stopwatch.StartNew();
    foreach (var t in titles.Skip(30)) svc.Search(new SearchRequest { Query = t, Size = 10 });
    Console.WriteLine($"feedback={fb}: search {sw.Elapsed.TotalMilliseconds / 270:F2} ms/query");
    if (fb)
    {
        using var ctx = index.Searchers.GetContext();
        var s = ctx.Reference;
        double expand = 0, run = 0, plain = 0;
        foreach (var t in titles.Skip(30))
        {
            var q = new QueryCompiler(index.Analyzer, index.Ranking).Compile(LenientQueryParser.Parse(t));
            if (q is null) continue;
            var w = Stopwatch.StartNew();
            s.Search(q, 10); plain += w.Elapsed.TotalMilliseconds; w.Restart();
            var e = new Rm3QueryExpander(index.Ranking, index.Meta.Analyzer, index.Analyzer).Expand(s, q, true);
            expand += w.Elapsed.TotalMilliseconds; w.Restart();
            s.Search(e, 10); run += w.Elapsed.TotalMilliseconds;
        }
        Console.WriteLine($"plain top10 {plain/270:F2} ms, expand {expand/270:F2} ms, expanded top10 {run/270:F2} ms; segments {s.IndexReader.Leaves.Count}");
    }
}
