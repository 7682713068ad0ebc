// The index directory (Indexing/IndexDirectory: positional reads, 8 KB postings refills) against Lucene's stock NIOFSDirectory: the same index opened twice
// in one process, the same requests alternating between the two opens (order swapped every request), one request at a
// time, 40 warm-up requests per phase, two rounds. The bench's query shape: 1-4 words, 70% from titles, 30% from abstracts.
// usage: dotnet run -c Release bench/read-buffer.cs INDEXROOT CORPUS.jsonl
#:project ../src/SearchEngine.Core/SearchEngine.Core.csproj
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
#:property TreatWarningsAsErrors=false
#:property Nullable=disable
using System.Diagnostics;
using System.Reflection;
using Lucene.Net.Store;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;
using SearchEngine.Core.Search;
using SearchEngine.Core.Similar;

var location = new IndexLocation(args[0]);
var rnd = new Random(3);
var queries = File.ReadLines(args[1]).Skip(7000).Take(400).Select(l => { var e = System.Text.Json.JsonDocument.Parse(l).RootElement; var src = rnd.NextDouble() < 0.7 ? e.GetProperty("title").GetString() : e.GetProperty("abstract").GetString(); var w = src.Split(' ', ',', '.').Where(x => x.Length > 2).Select(x => x.ToLowerInvariant()).Distinct().OrderBy(_ => rnd.Next()).Take(1 + rnd.Next(3)); return string.Join(' ', w); }).ToList();
var ids = File.ReadLines(args[1]).Skip(9000).Take(300).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();

// A: the index on Lucene's own NIOFSDirectory (PaperIndex's private constructor, reached by reflection); B: PaperIndex.Open.
var generation = location.Current;
var constructor = typeof(PaperIndex).GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Single();
using var stock = (PaperIndex)constructor.Invoke([new NIOFSDirectory(new DirectoryInfo(generation)), IndexMeta.Read(generation), new RankingOptions(), false, null]);
using var buffered = PaperIndex.Open(location);
var search = new[] { new SearchService(stock), new SearchService(buffered) };
var similar = new[] { new SimilarPapers(stock), new SimilarPapers(buffered) };

void Compare(string name, int count, Action<int, int> run)
{
    for (var i = 0; i < 40; i++) { run(i, 0); run(i, 1); }
    var ms = new[] { new List<double>(), new List<double>() };
    for (var i = 40; i < count; i++)
    {
        foreach (var which in i % 2 == 0 ? new[] { 0, 1 } : new[] { 1, 0 })
        {
            var clock = Stopwatch.StartNew();
            run(i, which);
            ms[which].Add(clock.Elapsed.TotalMilliseconds);
        }
    }
    foreach (var list in ms) list.Sort();
    Console.WriteLine($"{name}: stock NIOFS p50 {ms[0][ms[0].Count / 2]:F2} ms (mean {ms[0].Average():F2}) | IndexDirectory p50 {ms[1][ms[1].Count / 2]:F2} ms (mean {ms[1].Average():F2})");
}

for (var round = 1; round <= 2; round++)
{
    Console.WriteLine($"round {round}:");
    Compare("search", queries.Count, (i, which) => search[which].Search(new SearchRequest { Query = queries[i], Facets = [] }));
    Compare("faceted", queries.Count, (i, which) => search[which].Search(new SearchRequest { Query = queries[i] }));
    Compare("similar", ids.Count, (i, which) => similar[which].ForPaper(ids[i], 10));
}
