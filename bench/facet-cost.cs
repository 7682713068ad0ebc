// What the default facets add to a search at scale, with the bench's query shape (feedback off to isolate them); each
// phase twice, as the first round still pays for compilation. usage: dotnet run -c Release bench/facet-cost.cs INDEXROOT CORPUS.jsonl [alternate]
// alternate: with and without the default facets on each query in turn (order swapped every query), feedback on and
// off, two rounds after 40 warm-up queries each: the same queries at the same moment, as the bench's phases are not.
#:project ../src/SearchEngine.Core/SearchEngine.Core.csproj
#:property TreatWarningsAsErrors=false
#:property Nullable=disable
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
using System.Diagnostics;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;
using SearchEngine.Core.Search;
var loc = new IndexLocation(args[0]);
// The bench's query shape: 1-4 words, 70% from titles, 30% from abstracts.
var rnd = new Random(3);
var qs = File.ReadLines(args[1]).Skip(7000).Take(300).Select(l => { var e = System.Text.Json.JsonDocument.Parse(l).RootElement; var src = rnd.NextDouble() < 0.7 ? e.GetProperty("title").GetString() : e.GetProperty("abstract").GetString(); var w = src.Split(' ', ',', '.').Where(x => x.Length > 2).Select(x => x.ToLowerInvariant()).Distinct().OrderBy(_ => rnd.Next()).Take(1 + rnd.Next(3)); return string.Join(' ', w); }).ToList();
if (args.Length >= 3 && args[2] == "alternate")
{
    foreach (var feedback in new[] { true, false })
    {
        using var each = PaperIndex.Open(loc, new RankingOptions { Feedback = feedback });
        var search = new SearchService(each);
        SearchRequest Request(string q, bool facets) => facets ? new SearchRequest { Query = q } : new SearchRequest { Query = q, Facets = [] };
        for (var round = 1; round <= 2; round++)
        {
            foreach (var q in qs.Take(40)) { search.Search(Request(q, false)); search.Search(Request(q, true)); }
            var without = new List<double>(); var with = new List<double>();
            for (var i = 40; i < qs.Count; i++)
            {
                foreach (var facets in i % 2 == 0 ? new[] { false, true } : new[] { true, false })
                {
                    var sw = Stopwatch.StartNew();
                    search.Search(Request(qs[i], facets));
                    (facets ? with : without).Add(sw.Elapsed.TotalMilliseconds);
                }
            }
            without.Sort(); with.Sort();
            Console.WriteLine($"feedback {(feedback ? "on" : "off")}, round {round}: no facets p50 {without[without.Count / 2]:F1} ms (mean {without.Average():F1}) | default facets p50 {with[with.Count / 2]:F1} ms (mean {with.Average():F1})");
        }
    }
    return;
}
using var index = PaperIndex.Open(loc, new RankingOptions { Feedback = false });
var svc = new SearchService(index);
void Time(string name, Func<string, int> a) { foreach (var t in qs.Take(60)) a(t); var ms = new List<double>(); long m = 0; foreach (var t in qs.Skip(60)) { var sw = Stopwatch.StartNew(); m += a(t); ms.Add(sw.Elapsed.TotalMilliseconds);} ms.Sort(); Console.WriteLine($"{name}: p50 {ms[ms.Count/2]:F1} ms mean {ms.Average():F1}, avg matches {m / ms.Count:N0}"); }
Time("no fb, no facets", t => svc.Search(new SearchRequest { Query = t, Facets = [] }).Total);
Time("no fb, default facets", t => svc.Search(new SearchRequest { Query = t }).Total);
Time("no fb, no facets (again)", t => svc.Search(new SearchRequest { Query = t, Facets = [] }).Total);
Time("no fb, default facets (again)", t => svc.Search(new SearchRequest { Query = t }).Total);
