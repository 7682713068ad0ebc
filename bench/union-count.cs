// Counting the matches of title queries: Lucene's count and top 1,000 by score against a bit-set union of the
// query terms' postings. usage: dotnet run -c Release bench/union-count.cs INDEXROOT CORPUS.jsonl
#:project ../src/SearchEngine.Core/SearchEngine.Core.csproj
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
#:property TreatWarningsAsErrors=false
#:property Nullable=disable
using System.Diagnostics;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;
using SearchEngine.Core.Querying;
using Lucene.Net.Search;
using Lucene.Net.Index;
using Lucene.Net.Util;

var loc = new IndexLocation(args[0]);
var titles = File.ReadLines(args[1]).Take(130).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("title").GetString()).ToList();
using var index = PaperIndex.Open(loc, new RankingOptions { Feedback = false });
using var ctx = index.Searchers.GetContext();
var s = new IndexSearcher(ctx.Reference.IndexReader) { Similarity = ctx.Reference.Similarity };
var qs = titles.Select(t => new QueryCompiler(index.Analyzer, index.Ranking).Compile(LenientQueryParser.Parse(t))).Where(q => q != null).ToList();
long check = 0;
void Time(string name, Action<Query> a) { foreach (var q in qs) a(q); var sw = Stopwatch.StartNew(); for (int r = 0; r < 1; r++) foreach (var q in qs) a(q); Console.WriteLine($"{name}: {sw.Elapsed.TotalMilliseconds / qs.Count:F2} ms/query  check {check}"); check = 0; }
Time("lucene count", q => { var c = new TotalHitCountCollector(); s.Search(q, c); check += c.TotalHits; });
Time("lucene top1000", q => { var c = TopScoreDocCollector.Create(1000, false); s.Search(q, c); check += c.TotalHits; });
Time("union count", q => {
    var terms = new HashSet<Term>(); q.ExtractTerms(terms);
    foreach (var leaf in s.IndexReader.Leaves) {
        var r = leaf.AtomicReader; var bits = new FixedBitSet(r.MaxDoc);
        foreach (var t in terms) { var te = r.GetTerms(t.Field)?.GetEnumerator(); if (te == null || !te.SeekExact(t.Bytes)) continue;
            var d = te.Docs(r.LiveDocs, null, DocsFlags.NONE); int doc; while ((doc = d.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS) bits.Set(doc); }
        check += bits.Cardinality; }
});
