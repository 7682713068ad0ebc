// What the default facets add to a search at scale, with the bench's query shape (feedback off to isolate them); each
// phase twice, as the first round still pays for compilation. usage: dotnet run -c Release bench/facet-cost.cs INDEXROOT CORPUS.jsonl
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
using var index = PaperIndex.Open(loc, new RankingOptions { Feedback = false });
var svc = new SearchService(index);
void Time(string name, Func<string, int> a) { foreach (var t in qs.Take(60)) a(t); var ms = new List<double>(); long m = 0; foreach (var t in qs.Skip(60)) { var sw = Stopwatch.StartNew(); m += a(t); ms.Add(sw.Elapsed.TotalMilliseconds);} ms.Sort(); Console.WriteLine($"{name}: p50 {ms[ms.Count/2]:F1} ms mean {ms.Average():F1}, avg matches {m / ms.Count:N0}"); }
Time("no fb, no facets", t => svc.Search(new SearchRequest { Query = t, Facets = [] }).Total);
Time("no fb, default facets", t => svc.Search(new SearchRequest { Query = t }).Total);
Time("no fb, no facets (again)", t => svc.Search(new SearchRequest { Query = t, Facets = [] }).Total);
Time("no fb, default facets (again)", t => svc.Search(new SearchRequest { Query = t }).Total);
