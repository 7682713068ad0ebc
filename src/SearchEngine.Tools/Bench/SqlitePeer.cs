using System.Diagnostics;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Microsoft.Data.Sqlite;
using SearchEngine.Core.Options;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Schema;

namespace SearchEngine.Tools.Bench;

/// <summary>
/// The peer: the same corpus and requests in SQLite FTS5 (porter tokenizer, <c>bm25()</c> with our title and
/// abstract weights). Made honest: one transaction for loading, bulk-load pragmas, secondary indexes created
/// after the load, the FTS index optimized (merged) before querying, and each search evaluates the full-text
/// match once into a temporary table that the total, the top 10 and every facet count then reuse.
/// </summary>
public sealed class SqlitePeer : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly string _bm25;
    private readonly Analyzer _stemmer = new PorterAnalyzer();

    public SqlitePeer(string path, RankingOptions ranking)
    {
        Path = path;
        // why: the title bonus on the title column and no weight on the abstract column, as our engine's defaults
        // weight a separate title and abstract (the abstract counts only through the combined field).
        _bm25 = FormattableString.Invariant($"bm25(fts, {ranking.TitleWeight}, 0)");
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _db.Open();
        Exec("PRAGMA cache_size = -262144"); // 256 MiB page cache, like our RAM buffer.
        Exec("PRAGMA temp_store = MEMORY");
    }

    public string Path { get; }

    public IndexingStats Load(IEnumerable<Paper> papers)
    {
        var clock = Stopwatch.StartNew();
        Exec("PRAGMA journal_mode = OFF");
        Exec("PRAGMA synchronous = OFF");
        Exec("""
            CREATE TABLE papers(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL, abstract TEXT NOT NULL,
              venue TEXT, type TEXT, year INTEGER, has_code INTEGER NOT NULL, title_key TEXT NOT NULL);
            CREATE TABLE paper_authors(paper INTEGER NOT NULL, author TEXT NOT NULL, author_key TEXT NOT NULL);
            CREATE TABLE paper_topics(paper INTEGER NOT NULL, topic TEXT NOT NULL);
            CREATE VIRTUAL TABLE fts USING fts5(title, abstract, content='papers', content_rowid='rowid',
              tokenize='porter unicode61');
            """);
        var count = 0;
        using (var tx = _db.BeginTransaction())
        {
            using var paper = Command("INSERT INTO papers VALUES($r,$id,$t,$a,$v,$ty,$y,$c,$k)", "$r", "$id", "$t", "$a", "$v", "$ty", "$y", "$c", "$k");
            using var fts = Command("INSERT INTO fts(rowid,title,abstract) VALUES($r,$t,$a)", "$r", "$t", "$a");
            using var author = Command("INSERT INTO paper_authors VALUES($p,$a,$k)", "$p", "$a", "$k");
            using var topic = Command("INSERT INTO paper_topics VALUES($p,$t)", "$p", "$t");
            foreach (var p in papers)
            {
                var row = ++count;
                Run(paper, row, p.Id, p.Title, p.Abstract, p.Venue, p.Type?.ToCode(), p.Year, p.HasCode ? 1 : 0,
                    PaperDocumentMapper.SuggestKey(p.Title));
                Run(fts, row, p.Title, p.Abstract);
                foreach (var a in p.Authors.Distinct(StringComparer.Ordinal)) Run(author, row, a, PaperDocumentMapper.SuggestKey(a));
                foreach (var t in p.AllTopics) Run(topic, row, t);
            }
            Exec("""
                CREATE UNIQUE INDEX papers_id ON papers(id);
                CREATE INDEX papers_title_key ON papers(title_key);
                CREATE INDEX authors_paper ON paper_authors(paper);
                CREATE INDEX authors_key ON paper_authors(author_key);
                CREATE INDEX topics_paper ON paper_topics(paper, topic);
                CREATE VIRTUAL TABLE vocab USING fts5vocab(fts, 'row');
                """);
            var commit = Stopwatch.StartNew();
            tx.Commit();
            Exec("INSERT INTO fts(fts) VALUES('optimize')");
            Exec("ANALYZE");
            Exec("PRAGMA synchronous = FULL");
            var seconds = clock.Elapsed.TotalSeconds;
            return new IndexingStats(count / seconds, seconds, new FileInfo(Path).Length, commit.Elapsed.TotalSeconds, count);
        }
    }

    /// <summary>Top 10 with snippets and the exact total; with <paramref name="facets"/>, all five dimensions (drill-sideways).</summary>
    public int Search(BenchQuery query, bool facets)
    {
        var match = MatchExpression(query.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (match.Length == 0) return 0;
        Exec("DELETE FROM hits");
        using (var fill = _db.CreateCommand())
        {
            fill.CommandText = $"INSERT INTO hits SELECT rowid, {_bm25} FROM fts WHERE fts MATCH $m";
            fill.Parameters.AddWithValue("$m", match);
            fill.ExecuteNonQuery();
        }
        var where = Where(query, except: null);
        var total = Convert.ToInt32(Scalar($"SELECT count(*) FROM hits h JOIN papers p ON p.rowid = h.rowid {where}", query));
        var top = new List<long>();
        using (var cmd = Cmd($"SELECT h.rowid FROM hits h JOIN papers p ON p.rowid = h.rowid {where} ORDER BY h.rank, p.year DESC, p.id LIMIT 10", query))
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read()) top.Add(reader.GetInt64(0));
        }
        if (top.Count > 0)
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = $"SELECT p.id, p.title, snippet(fts, 1, '<mark>', '</mark>', '…', 32) FROM fts JOIN papers p ON p.rowid = fts.rowid WHERE fts MATCH $m AND fts.rowid IN ({string.Join(',', top)})";
            cmd.Parameters.AddWithValue("$m", match);
            using var reader = cmd.ExecuteReader();
            while (reader.Read()) _ = reader.GetString(2);
        }
        if (facets)
        {
            Facet("SELECT p.venue, count(*) c FROM hits h JOIN papers p ON p.rowid = h.rowid {0} GROUP BY p.venue ORDER BY c DESC LIMIT 10", query, "venue");
            Facet("SELECT p.type, count(*) c FROM hits h JOIN papers p ON p.rowid = h.rowid {0} GROUP BY p.type ORDER BY c DESC LIMIT 10", query, "type");
            Facet("SELECT p.year, count(*) c FROM hits h JOIN papers p ON p.rowid = h.rowid {0} GROUP BY p.year ORDER BY p.year DESC", query, "year");
            Facet("SELECT t.topic, count(*) c FROM hits h JOIN papers p ON p.rowid = h.rowid JOIN paper_topics t ON t.paper = h.rowid {0} GROUP BY t.topic ORDER BY c DESC LIMIT 30", query, "topic");
            Facet("SELECT a.author, count(*) c FROM hits h JOIN papers p ON p.rowid = h.rowid JOIN paper_authors a ON a.paper = h.rowid {0} GROUP BY a.author ORDER BY c DESC LIMIT 10", query, "author");
        }
        return total;
    }

    /// <summary>
    /// More-like-this as SQLite users build it: the paper's 25 best terms by tf·idf (document frequencies from
    /// the FTS vocabulary), OR-ed, ranked by bm25, the paper itself excluded.
    /// </summary>
    public int Similar(string id)
    {
        long row;
        string text;
        using (var cmd = _db.CreateCommand())
        {
            cmd.CommandText = "SELECT rowid, title || ' ' || abstract FROM papers WHERE id = $id";
            cmd.Parameters.AddWithValue("$id", id);
            using var reader = cmd.ExecuteReader();
            if (!reader.Read()) return 0;
            row = reader.GetInt64(0);
            text = reader.GetString(1);
        }
        var stems = new Dictionary<string, (int Tf, string Surface)>(StringComparer.Ordinal);
        foreach (var (stem, surface) in Stems(text))
        {
            stems[stem] = stems.TryGetValue(stem, out var s) ? (s.Tf + 1, s.Surface) : (1, surface);
        }
        if (stems.Count == 0) return 0;
        var docs = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var cmd = _db.CreateCommand())
        {
            var names = stems.Keys.Select((_, i) => "$t" + i).ToList();
            cmd.CommandText = $"SELECT term, doc FROM vocab WHERE term IN ({string.Join(',', names)})";
            var i = 0;
            foreach (var stem in stems.Keys) cmd.Parameters.AddWithValue(names[i++], stem);
            using var reader = cmd.ExecuteReader();
            while (reader.Read()) docs[reader.GetString(0)] = reader.GetInt64(1);
        }
        var total = (double)_paperCount;
        var best = stems.Where(s => docs.TryGetValue(s.Key, out var df) && df >= 2 && df <= total / 2)
            .OrderByDescending(s => s.Value.Tf * Math.Log(total / docs[s.Key]))
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(25).Select(s => s.Value.Surface).ToList();
        if (best.Count == 0) return 0;
        using var like = _db.CreateCommand();
        like.CommandText = $"SELECT p.id, p.title, snippet(fts, 1, '<mark>', '</mark>', '…', 32) FROM fts JOIN papers p ON p.rowid = fts.rowid WHERE fts MATCH $m AND fts.rowid <> $row ORDER BY {_bm25} LIMIT 10";
        like.Parameters.AddWithValue("$m", MatchExpression(best));
        like.Parameters.AddWithValue("$row", row);
        using var hits = like.ExecuteReader();
        var n = 0;
        while (hits.Read()) n++;
        return n;
    }

    /// <summary>Completions like ours: authors by paper count, then titles, by prefix of their normalized key.</summary>
    public int Suggest(string prefix)
    {
        var key = PaperDocumentMapper.SuggestKey(prefix);
        if (key.Length == 0) return 0;
        var n = 0;
        using (var cmd = _db.CreateCommand())
        {
            cmd.CommandText = "SELECT author, count(*) c FROM (SELECT author FROM paper_authors WHERE author_key >= $lo AND author_key < $hi LIMIT 500) GROUP BY author ORDER BY c DESC LIMIT 8";
            cmd.Parameters.AddWithValue("$lo", key);
            cmd.Parameters.AddWithValue("$hi", key + "\uffff");
            using var reader = cmd.ExecuteReader();
            while (reader.Read()) n++;
        }
        using (var cmd = _db.CreateCommand())
        {
            cmd.CommandText = "SELECT id, title FROM papers WHERE title_key >= $lo AND title_key < $hi ORDER BY title_key LIMIT 8";
            cmd.Parameters.AddWithValue("$lo", key);
            cmd.Parameters.AddWithValue("$hi", key + "\uffff");
            using var reader = cmd.ExecuteReader();
            while (reader.Read()) n++;
        }
        return Math.Min(n, 8);
    }

    private long _paperCount;

    /// <summary>Prepares querying: the shared temporary table of matches.</summary>
    public void OpenForQueries()
    {
        Exec("CREATE TEMP TABLE IF NOT EXISTS hits(rowid INTEGER PRIMARY KEY, rank REAL)");
        _paperCount = Convert.ToInt64(Scalar("SELECT count(*) FROM papers", null));
    }

    private void Facet(string sqlFormat, BenchQuery query, string dimension)
    {
        using var cmd = Cmd(string.Format(System.Globalization.CultureInfo.InvariantCulture, sqlFormat, Where(query, dimension)), query);
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) { }
    }

    /// <summary>Filters as SQL; drill-sideways leaves out the filter of the dimension being counted.</summary>
    private static string Where(BenchQuery query, string? except)
    {
        var parts = new List<string>();
        if (query.Years is not null && except != "year") parts.Add("p.year BETWEEN $yf AND $yt");
        if (query.Venue is not null && except != "venue") parts.Add("p.venue = $venue");
        if (query.Topic is not null && except != "topic") parts.Add("EXISTS (SELECT 1 FROM paper_topics ft WHERE ft.paper = p.rowid AND ft.topic = $topic)");
        return parts.Count == 0 ? "" : "WHERE " + string.Join(" AND ", parts);
    }

    private SqliteCommand Cmd(string sql, BenchQuery? query)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        if (query?.Years is { } y && sql.Contains("$yf", StringComparison.Ordinal))
        {
            cmd.Parameters.AddWithValue("$yf", y.From);
            cmd.Parameters.AddWithValue("$yt", y.To);
        }
        if (query?.Venue is { } v && sql.Contains("$venue", StringComparison.Ordinal)) cmd.Parameters.AddWithValue("$venue", v);
        if (query?.Topic is { } t && sql.Contains("$topic", StringComparison.Ordinal)) cmd.Parameters.AddWithValue("$topic", t);
        return cmd;
    }

    private object? Scalar(string sql, BenchQuery? query)
    {
        using var cmd = Cmd(sql, query);
        return cmd.ExecuteScalar();
    }

    /// <summary>Words OR-ed, each quoted so FTS5 syntax characters in user text are literal.</summary>
    private static string MatchExpression(IEnumerable<string> words)
    {
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            var clean = w.Replace("\"", "", StringComparison.Ordinal);
            if (clean.Length == 0) continue;
            if (sb.Length > 0) sb.Append(" OR ");
            sb.Append('"').Append(clean).Append('"');
        }
        return sb.ToString();
    }

    /// <summary>Porter stems (as FTS5's porter tokenizer makes them) with the first surface form of each.</summary>
    private IEnumerable<(string Stem, string Surface)> Stems(string text)
    {
        var result = new List<(string, string)>();
        using var stream = _stemmer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (term.Length < 2) continue;
            result.Add((term.ToString(), text[offset.StartOffset..offset.EndOffset]));
        }
        stream.End();
        return result;
    }

    private void Exec(string sql)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params string[] names)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        foreach (var name in names) cmd.Parameters.Add(new SqliteParameter { ParameterName = name });
        cmd.Prepare();
        return cmd;
    }

    private static void Run(SqliteCommand cmd, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _db.Dispose();
        _stemmer.Dispose();
    }

    /// <summary>Standard tokens, lower-cased, English stop words removed, Porter-stemmed.</summary>
    private sealed class PorterAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(LuceneDefaults.Version, reader);
            TokenStream stream = new LowerCaseFilter(LuceneDefaults.Version, source);
            stream = new StopFilter(LuceneDefaults.Version, stream, EnglishAnalyzer.DefaultStopSet);
            return new TokenStreamComponents(source, new PorterStemFilter(stream));
        }
    }
}
