// Where a plain search spends its time at scale: search with and without feedback, the feedback model, and Lucene's
// sorted top-10 / top-1,000 collectors. usage: dotnet run -c Release bench/search-split.cs INDEXROOT CORPUS.jsonl [MODE]
// MODE: collectors | taat | similar | filtered (years and a venue; VENUE as a 4th argument) | feedback (model and
// re-scoring apart) | model (its parts) | rescore (a scorer per clause against one disjunction scorer) | rescore-terms (per term:
// advancing against reading through, by document frequency) | rescore-parallel (the window's documents of each searcher
// slice on a thread of their own against all on one thread) | rescore-top (the whole window re-scored against its
// first 10 and 20 found with bounds, FeedbackRescorer.Top, after checking that both give the same first 10).
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
var titles = File.ReadLines(args[1]).Skip(5000).Take(80).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("title").GetString()).ToList();
using var index = PaperIndex.Open(loc, new RankingOptions());
using var index2 = PaperIndex.Open(loc, new RankingOptions { Feedback = false });
var svc = new SearchService(index); var svc2 = new SearchService(index2);
void Time(string name, Action<string> a) { foreach (var t in titles.Take(20)) a(t); var ms = new List<double>(); foreach (var t in titles.Skip(20)) { var sw = Stopwatch.StartNew(); a(t); ms.Add(sw.Elapsed.TotalMilliseconds);} ms.Sort(); Console.WriteLine($"{name}: p50 {ms[ms.Count/2]:F1} ms mean {ms.Average():F1}"); }
if (args.Length < 3) {
Time("search fb", t => svc.Search(new SearchRequest { Query = t, Facets = [] }));
Time("search nofb", t => svc2.Search(new SearchRequest { Query = t, Facets = [] }));
}
using var ctx = index.Searchers.GetContext();
var s = ctx.Reference;
if (args.Length < 3 || args[2] == "collectors") {
Time("rm3 model", t => { var q = new QueryCompiler(index.Analyzer, index.Ranking).Compile(LenientQueryParser.Parse(t)); new Rm3QueryExpander(index.Ranking, index.Meta.Analyzer, index.Analyzer).Model(s, q); });
Time("maxscore top1000", t => { var q = new QueryCompiler(index.Analyzer, index.Ranking).Compile(LenientQueryParser.Parse(t)); MaxScoreDisjunction.Search(s, q, 1000, "id_dv"); });
Time("maxscore top10", t => { var q = new QueryCompiler(index.Analyzer, index.Ranking).Compile(LenientQueryParser.Parse(t)); MaxScoreDisjunction.Search(s, q, 10, "id_dv"); });
Time("lucene top1000 sorted", t => { var q = new QueryCompiler(index.Analyzer, index.Ranking).Compile(LenientQueryParser.Parse(t)); var c = TopFieldCollector.Create(new Sort(SortField.FIELD_SCORE, new SortField("year_dv", SortFieldType.INT32, true), new SortField("id_dv", SortFieldType.STRING)), 1000, null, true, true, false, false); s.Search(q, c); });
Time("lucene top10 sorted", t => { var q = new QueryCompiler(index.Analyzer, index.Ranking).Compile(LenientQueryParser.Parse(t)); var c = TopFieldCollector.Create(new Sort(SortField.FIELD_SCORE, new SortField("year_dv", SortFieldType.INT32, true), new SortField("id_dv", SortFieldType.STRING)), 10, null, true, true, false, false); s.Search(q, c); });
// The score-first collector in the same order (internal: created by reflection).
var relevance = typeof(SearchService).Assembly.GetType("SearchEngine.Core.Search.RelevanceCollector");
ICollector Ours(int k) => (ICollector)Activator.CreateInstance(relevance, k, null, true);
Time("ours top1000 relevance collector", t => { var q = new QueryCompiler(index.Analyzer, index.Ranking).Compile(LenientQueryParser.Parse(t)); s.Search(q, Ours(1000)); });
Time("ours top10 relevance collector", t => { var q = new QueryCompiler(index.Analyzer, index.Ranking).Compile(LenientQueryParser.Parse(t)); s.Search(q, Ours(10)); });
Time("lucene top1000 by score", t => { var q = new QueryCompiler(index.Analyzer, index.Ranking).Compile(LenientQueryParser.Parse(t)); s.Search(q, TopScoreDocCollector.Create(1000, false)); });
}
if (args.Length >= 3 && args[2] == "taat") {
// Lucene's own disjunction scoring against term-at-a-time accumulation (Ranking/TermAtATimeQuery), same queries.
var relevance = typeof(SearchService).Assembly.GetType("SearchEngine.Core.Search.RelevanceCollector");
ICollector Ours(int k) => (ICollector)Activator.CreateInstance(relevance, k, null, true);
Query Compiled(string t) => new QueryCompiler(index.Analyzer, index.Ranking).Compile(LenientQueryParser.Parse(t));
Time("count, lucene", t => s.Search(Compiled(t), new TotalHitCountCollector()));
Time("count, term at a time", t => s.Search(TermAtATimeQuery.Wrap(Compiled(t)), new TotalHitCountCollector()));
Time("top1000 relevance collector, lucene", t => s.Search(Compiled(t), Ours(1000)));
Time("top1000 relevance collector, term at a time", t => s.Search(TermAtATimeQuery.Wrap(Compiled(t)), Ours(1000)));
Time("search fb (term at a time)", t => svc.Search(new SearchRequest { Query = t, Facets = [] }));
Time("search fb + 5 facets (term at a time)", t => svc.Search(new SearchRequest { Query = t }));
}
if (args.Length >= 3 && args[2] == "similar") {
  var ids = File.ReadLines(args[1]).Skip(9000).Take(80).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
  var similar = new SearchEngine.Core.Similar.SimilarPapers(index);
  var i = 0;
  Time("similar", _ => similar.ForPaper(ids[i++ % ids.Count], 10));
}
if (args.Length >= 3 && args[2] == "filtered") {
// A filtered search (years 2015–2018 and one venue): Lucene's FilteredQuery against the term-at-a-time pass.
Query Compiled(string t) => new QueryCompiler(index.Analyzer, index.Ranking).Compile(LenientQueryParser.Parse(t));
var venue = args.Length >= 4 ? args[3] : "NeurIPS";
var filters = SearchFilters.Of(("year", "2015-2018"), ("venue", venue));
var built = typeof(SearchService).Assembly.GetType("SearchEngine.Core.Search.FilterBuilder");
Query Filtered(string t) => (Query)built.GetMethod("Apply").Invoke(null, [Compiled(t), built.GetMethod("Build").Invoke(null, [filters]), null]);
Time("filtered count, lucene", t => s.Search(Filtered(t), new TotalHitCountCollector()));
Time("filtered count, term at a time", t => s.Search(TermAtATimeQuery.Wrap(Filtered(t)), new TotalHitCountCollector()));
Time("unfiltered count, term at a time", t => s.Search(TermAtATimeQuery.Wrap(Compiled(t)), new TotalHitCountCollector()));
Time("filtered search fb", t => svc.Search(new SearchRequest { Query = t, Facets = [], Filters = filters }));
Time("filtered search nofb", t => svc2.Search(new SearchRequest { Query = t, Facets = [], Filters = filters }));
}
if (args.Length >= 3 && (args[2] == "feedback" || args[2] == "filtered")) {
// The two parts of feedback, apart: the relevance model from the first 10 hits, and re-scoring the 1,000-hit window.
Query Compiled(string t) => new QueryCompiler(index.Analyzer, index.Ranking).Compile(LenientQueryParser.Parse(t));
var filters = args[2] == "filtered" ? SearchFilters.Of(("year", "2015-2018"), ("venue", args.Length >= 4 ? args[3] : "NeurIPS")) : new SearchFilters();
var built = typeof(SearchService).Assembly.GetType("SearchEngine.Core.Search.FilterBuilder");
Query Filtered(string t) => (Query)built.GetMethod("Apply").Invoke(null, [Compiled(t), built.GetMethod("Build").Invoke(null, [filters]), null]);
var expander = new Rm3QueryExpander(index.Ranking, index.Meta.Analyzer, index.Analyzer);
var order = Comparer<FieldDoc>.Create((a, b) => b.Score.CompareTo(a.Score));
FieldDoc[] First(string t) => s.Search(TermAtATimeQuery.Wrap(Filtered(t)), 1000).ScoreDocs.Select(d => new FieldDoc(d.Doc, d.Score, [d.Score])).ToArray();
Time("first pass top 1000", t => First(t));
Time("rm3 model from first pass", t => { var f = First(t); expander.Model(s, Compiled(t), f); });
var cache = titles.ToDictionary(t => t, t => { var f = First(t); return (f, expander.Model(s, Compiled(t), f)); });
Time("rescore window", t => { var (f, e) = cache[t]; if (e is not null) FeedbackRescorer.Rescore(s, f, e, 1000, order); });
Console.WriteLine($"expansion clauses: {string.Join(" ", cache.Values.Take(3).Select(v => v.Item2?.Terms.ToString()))}");
}
if (args.Length >= 3 && args[2] == "model") {
// The relevance model's parts: loading the ten feedback papers, analyzing them, their terms' document frequencies.
Query Compiled(string t) => new QueryCompiler(index.Analyzer, index.Ranking).Compile(LenientQueryParser.Parse(t));
var firsts = titles.ToDictionary(t => t, t => s.Search(TermAtATimeQuery.Wrap(Compiled(t)), 10).ScoreDocs.Select(d => d.Doc).ToArray());
Time("load 10 papers", t => { foreach (var d in firsts[t]) PaperIndex.LoadPaper(s, d); });
var papers = titles.ToDictionary(t => t, t => firsts[t].Select(d => PaperIndex.LoadPaper(s, d)).ToList());
Time("analyze 10 papers", t => { foreach (var p in papers[t]) SearchEngine.Core.Analysis.PaperAnalyzers.Terms(index.Analyzer, "text", p.Title + "\n" + p.Abstract); });
var termsOf = titles.ToDictionary(t => t, t => papers[t].SelectMany(p => SearchEngine.Core.Analysis.PaperAnalyzers.Terms(index.Analyzer, "text", p.Title + "\n" + p.Abstract)).Distinct().ToList());
Console.WriteLine($"distinct terms per query: {termsOf.Values.Average(v => v.Count):F0}");
Time("docfreq (reader.DocFreq per term, no cache)", t => { foreach (var w in termsOf[t]) s.IndexReader.DocFreq(new Lucene.Net.Index.Term("text", w)); });
var sw = Stopwatch.StartNew(); long n = 0;
foreach (var leaf in s.IndexReader.Leaves) { var te = leaf.AtomicReader.GetTerms("text").GetEnumerator(); var max = leaf.AtomicReader.NumDocs / 10; while (te.MoveNext()) { n++; if (te.DocFreq > max) {} } }
Console.WriteLine($"enumerate every text term of every segment: {n:N0} terms, {sw.ElapsedMilliseconds} ms");
}
if (args.Length >= 3 && args[2] == "rescore") {
// Re-scoring the 1,000-hit window: each feedback clause's own scorer (FeedbackRescorer) against one disjunction scorer.
Query Compiled(string t) => new QueryCompiler(index.Analyzer, index.Ranking).Compile(LenientQueryParser.Parse(t));
var expander = new Rm3QueryExpander(index.Ranking, index.Meta.Analyzer, index.Analyzer);
var order = Comparer<FieldDoc>.Create((a, b) => b.Score.CompareTo(a.Score));
FieldDoc[] First(string t) => s.Search(TermAtATimeQuery.Wrap(Compiled(t)), 1000).ScoreDocs.Select(d => new FieldDoc(d.Doc, d.Score, [d.Score])).ToArray();
var cache = titles.ToDictionary(t => t, t => { var f = First(t); return (f, expander.Model(s, Compiled(t), f)); });
// What it did before: one disjunction scorer for all the feedback terms (internal, reached by reflection).
var wholeQuery = typeof(FeedbackRescorer).GetMethod("ScoresOfQuery", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static);
// Four alternating rounds: the first ones pay for compiling and for the page cache; the last two are the figures.
for (var round = 1; round <= 4; round++) {
  Console.WriteLine($"round {round}:");
  Time("rescore window, FeedbackRescorer (a scorer per clause)", t => { var (f, e) = cache[t]; if (e is not null) FeedbackRescorer.Rescore(s, f, e, 1000, order); });
  Time("rescore window, one disjunction scorer", t => { var (f, e) = cache[t]; if (e is not null) wholeQuery.Invoke(null, [s, f.Select(d => d.Doc).ToArray(), e.Terms]); });
}
}
if (args.Length >= 3 && args[2] == "rescore-parallel") {
// Re-scoring the 1,000-hit window per clause on one thread against one thread per searcher slice (FeedbackRescorer.ScoresOf).
Query Compiled(string t) => new QueryCompiler(index.Analyzer, index.Ranking).Compile(LenientQueryParser.Parse(t));
var expander = new Rm3QueryExpander(index.Ranking, index.Meta.Analyzer, index.Analyzer);
FieldDoc[] First(string t) => s.Search(TermAtATimeQuery.Wrap(Compiled(t)), 1000).ScoreDocs.Select(d => new FieldDoc(d.Doc, d.Score, [d.Score])).ToArray();
var cache = titles.ToDictionary(t => t, t => { var f = First(t); return (f, expander.Model(s, Compiled(t), f)); });
var scoresOf = typeof(FeedbackRescorer).GetMethods(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static).Single(m => m.Name == "ScoresOf" && m.GetParameters().Length == 4);
var slices = typeof(SlicedSearcher).GetMethod("ParallelSlices").Invoke(null, [s]);
Console.WriteLine($"slices: {(slices is null ? "none (one thread only)" : ((System.Collections.ICollection)slices).Count)}");
for (var round = 1; round <= 4; round++) {
  Console.WriteLine($"round {round}:");
  Time("rescore window, one thread", t => { var (f, e) = cache[t]; if (e is not null) scoresOf.Invoke(null, [s, f.Select(d => d.Doc).ToArray(), e.Terms, null]); });
  Time("rescore window, a thread per slice", t => { var (f, e) = cache[t]; if (e is not null) scoresOf.Invoke(null, [s, f.Select(d => d.Doc).ToArray(), e.Terms, slices]); });
}
}
if (args.Length >= 3 && args[2] == "rescore-top") {
// The page of the re-scored window (what a search shows): re-scoring the whole 1,000-hit window, then taking the first
// k, against FeedbackRescorer.Top (clauses by bound, hits out of reach dropped); the same inputs, rounds alternating.
Query Compiled(string t) => new QueryCompiler(index.Analyzer, index.Ranking).Compile(LenientQueryParser.Parse(t));
var expander = new Rm3QueryExpander(index.Ranking, index.Meta.Analyzer, index.Analyzer);
var order = Comparer<FieldDoc>.Create((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
FieldDoc[] First(string t) => s.Search(TermAtATimeQuery.Wrap(Compiled(t)), 1000).ScoreDocs.Select(d => new FieldDoc(d.Doc, d.Score, [d.Score])).ToArray();
var cache = titles.ToDictionary(t => t, t => { var f = First(t); return (f, expander.Model(s, Compiled(t), f)); });
var differ = cache.Values.Count(v => v.Item2 is not null && !FeedbackRescorer.Rescore(s, v.f, v.Item2, 1000, order).Take(10).Select(d => (d.Doc, d.Score))
  .SequenceEqual(FeedbackRescorer.Top(s, v.f, v.Item2, 1000, order, 10).Select(d => (d.Doc, d.Score))));
Console.WriteLine($"queries whose top 10 differ between the two: {differ} of {cache.Count}");
for (var round = 1; round <= 4; round++) {
  Console.WriteLine($"round {round}:");
  Time("whole window re-scored, first 10", t => { var (f, e) = cache[t]; if (e is not null) FeedbackRescorer.Rescore(s, f, e, 1000, order).Take(10).ToArray(); });
  Time("first 10 by bounds (Top)", t => { var (f, e) = cache[t]; if (e is not null) FeedbackRescorer.Top(s, f, e, 1000, order, 10); });
  Time("first 20 by bounds (Top)", t => { var (f, e) = cache[t]; if (e is not null) FeedbackRescorer.Top(s, f, e, 1000, order, 20); });
}
}
if (args.Length >= 3 && args[2] == "rescore-terms") {
// Per expansion term: advancing its postings to each window hit, against reading them through; by document frequency.
Query Compiled(string t) => new QueryCompiler(index.Analyzer, index.Ranking).Compile(LenientQueryParser.Parse(t));
var expander = new Rm3QueryExpander(index.Ranking, index.Meta.Analyzer, index.Analyzer);
FieldDoc[] First(string t) => s.Search(TermAtATimeQuery.Wrap(Compiled(t)), 1000).ScoreDocs.Select(d => new FieldDoc(d.Doc, d.Score, [d.Score])).ToArray();
var cache = titles.ToDictionary(t => t, t => { var f = First(t); return (f, expander.Model(s, Compiled(t), f)); });
var leaves = s.IndexReader.Leaves;
var rows = new List<(int Df, double Advance, double Scan)>();
foreach (var (f, e) in cache.Values.Skip(10)) {
  if (e is null) continue;
  var docs = f.Select(d => d.Doc).OrderBy(d => d).ToArray();
  foreach (var clause in e.Terms.Clauses) {
    var tq = (TermQuery)clause.Query; var df = s.IndexReader.DocFreq(tq.Term);
    var sw = Stopwatch.StartNew();
    for (var rep = 0; rep < 3; rep++) {
      var li = -1; Lucene.Net.Index.DocsEnum de = null; var db = 0;
      foreach (var doc in docs) {
        var leaf = Lucene.Net.Index.ReaderUtil.SubIndex(doc, leaves);
        if (leaf != li) { li = leaf; db = leaves[leaf].DocBase; var te = leaves[leaf].AtomicReader.GetTerms(tq.Term.Field).GetEnumerator(); de = te.SeekExact(tq.Term.Bytes) ? te.Docs(leaves[leaf].AtomicReader.LiveDocs, null, Lucene.Net.Index.DocsFlags.FREQS) : null; }
        if (de is null) continue;
        var target = doc - db; if (de.DocID < target) de.Advance(target);
        if (de.DocID == target) _ = de.Freq;
      }
    }
    var adv = sw.Elapsed.TotalMilliseconds / 3;
    sw.Restart();
    for (var rep = 0; rep < 3; rep++) {
      var window = new HashSet<int>(docs);
      foreach (var leaf in leaves) {
        var te = leaf.AtomicReader.GetTerms(tq.Term.Field).GetEnumerator();
        if (!te.SeekExact(tq.Term.Bytes)) continue;
        var de = te.Docs(leaf.AtomicReader.LiveDocs, null, Lucene.Net.Index.DocsFlags.FREQS);
        int d; while ((d = de.NextDoc()) != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS) { if (window.Contains(leaf.DocBase + d)) _ = de.Freq; }
      }
    }
    rows.Add((df, adv, sw.Elapsed.TotalMilliseconds / 3));
  }
}
foreach (var g in rows.GroupBy(r => r.Df switch { < 1000 => "<1k", < 5000 => "1k-5k", < 20000 => "5k-20k", < 50000 => "20k-50k", _ => ">=50k" }).OrderBy(g => g.Min(r => r.Df)))
  Console.WriteLine($"df {g.Key}: {g.Count()} terms, advance {g.Average(r => r.Advance) * 1000:F0} us, read through {g.Average(r => r.Scan) * 1000:F0} us");
Console.WriteLine($"per query (20 terms): advance {rows.Sum(r => r.Advance) / rows.Count * 20:F2} ms, read through {rows.Sum(r => r.Scan) / rows.Count * 20:F2} ms, best of each {rows.Sum(r => Math.Min(r.Advance, r.Scan)) / rows.Count * 20:F2} ms");
}
