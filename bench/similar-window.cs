// What the similar papers' feedback window (mlt.fbwindow) costs and changes at scale: the same more-like-this requests
// (ForPaper, 10 hits) with each window in turn, three alternating rounds, and how many top 10s equal the first window's.
// usage: dotnet run -c Release bench/similar-window.cs INDEXROOT CORPUS.jsonl [REQUESTS [WINDOWS]]
// (defaults 300 requests, windows 1000,300,200: the first is the reference). Papers are drawn from the corpus's lines
// 9,100 on (the first 100 after 9,000 warm up each index).
#:project ../src/SearchEngine.Core/SearchEngine.Core.csproj
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
#:property TreatWarningsAsErrors=false
#:property Nullable=disable
using System.Diagnostics;
using System.Globalization;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;
using SearchEngine.Core.Similar;

var location = new IndexLocation(args[0]);
var n = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300;
var windows = (args.Length > 3 ? args[3] : "1000,300,200").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray();
var ids = File.ReadLines(args[1]).Skip(9000).Take(n + 100)
    .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
var indexes = windows.Select(w => PaperIndex.Open(location, new RankingOptions { Similar = new MoreLikeThisOptions { FeedbackWindow = w } })).ToArray();
var similar = indexes.Select(i => new SimilarPapers(i)).ToArray();
foreach (var s in similar) for (var i = 0; i < 100; i++) s.ForPaper(ids[i], 10);
var tops = windows.Select(_ => new List<string>[n]).ToArray();
var times = windows.Select(_ => new List<double>()).ToArray();
for (var round = 0; round < 3; round++)
{
    for (var w = 0; w < windows.Length; w++)
    {
        for (var i = 0; i < n; i++)
        {
            var clock = Stopwatch.StartNew();
            var response = similar[w].ForPaper(ids[100 + i], 10)!;
            times[w].Add(clock.Elapsed.TotalMilliseconds);
            tops[w][i] = response.Hits.Select(h => h.Id).ToList();
        }
    }
}
for (var w = 0; w < windows.Length; w++)
{
    var ms = times[w].Order().ToList();
    var same = Enumerable.Range(0, n).Count(i => tops[w][i].SequenceEqual(tops[0][i]));
    var overlap = Enumerable.Range(0, n).Sum(i => tops[w][i].Intersect(tops[0][i]).Count());
    Console.WriteLine($"window {windows[w]}: p50 {ms[ms.Count / 2]:F2} ms, mean {ms.Average():F2}, p95 {ms[(int)(ms.Count * 0.95)]:F2}; " +
        $"top 10 the same as window {windows[0]}'s: {same} of {n}, hits shared {overlap / (10.0 * n):P1}");
}
foreach (var index in indexes) index.Dispose();
