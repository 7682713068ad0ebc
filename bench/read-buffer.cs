// The index directory (Indexing/IndexDirectory: memory-mapped reads, Indexing/MappedInput) against the read path before
// it (positional reads through Indexing/PositionalReadInput, 8 KB refills for postings and Lucene's 1 KB for the other
// files) or, with "stock" as a 3rd argument, against Lucene's own NIOFSDirectory: the same index opened twice in one process, the same requests alternating between the two opens (order swapped every request), one request at a
// time, 40 warm-up requests per phase, two rounds. The bench's query shape: 1-4 words, 70% from titles, 30% from abstracts.
// usage: dotnet run -c Release bench/read-buffer.cs INDEXROOT CORPUS.jsonl [stock]
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

// A: the index on the other directory (PaperIndex's private constructor, reached by reflection); B: PaperIndex.Open.
var generation = location.Current;
var againstStock = args.Length > 2 && args[2] == "stock";
var otherName = againstStock ? "stock NIOFS" : "positional reads";
var constructor = typeof(PaperIndex).GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Single();
Lucene.Net.Store.Directory other = againstStock ? new NIOFSDirectory(new DirectoryInfo(generation)) : new PositionalReadDirectory(new DirectoryInfo(generation));
using var stock = (PaperIndex)constructor.Invoke([other, IndexMeta.Read(generation), new RankingOptions(), false, null]);
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
    Console.WriteLine($"{name}: {otherName} p50 {ms[0][ms[0].Count / 2]:F2} ms (mean {ms[0].Average():F2}) | IndexDirectory p50 {ms[1][ms[1].Count / 2]:F2} ms (mean {ms[1].Average():F2})");
}

for (var round = 1; round <= 2; round++)
{
    Console.WriteLine($"round {round}:");
    Compare("search", queries.Count, (i, which) => search[which].Search(new SearchRequest { Query = queries[i], Facets = [] }));
    Compare("faceted", queries.Count, (i, which) => search[which].Search(new SearchRequest { Query = queries[i] }));
    Compare("similar", ids.Count, (i, which) => similar[which].ForPaper(ids[i], 10));
}

// The read path before memory mapping: PositionalReadInput (internal, reached by reflection), 8 KB refills for postings.
sealed class PositionalReadDirectory(DirectoryInfo path) : NIOFSDirectory(path)
{
    private static readonly Type Input = typeof(PaperIndex).Assembly.GetType("SearchEngine.Core.Indexing.PositionalReadInput", throwOnError: true)!;

    public override IndexInput OpenInput(string name, IOContext context) =>
        (IndexInput)Activator.CreateInstance(Input, Path.Combine(Directory.FullName, name), name.EndsWith(".doc", StringComparison.Ordinal) ? 8192 : 1024)!;
}
