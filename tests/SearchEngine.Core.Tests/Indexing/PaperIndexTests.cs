using Lucene.Net.Search;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Search;
using SearchEngine.Core.Tests.Builders;
using static SearchEngine.Core.Tests.Builders.PaperBuilder;

namespace SearchEngine.Core.Tests.Indexing;

public sealed class PaperIndexTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "paper-index-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private static int Count(PaperIndex index, string q)
    {
        var request = SearchRequest.TryParse(new SearchParameters { Q = q }, out _)!;
        return new SearchService(index).Search(request).Total;
    }

    [Fact]
    public void Added_replaced_and_deleted_papers_are_visible_as_soon_as_the_call_returns()
    {
        using var index = TestCorpus.Index();
        index.Upsert([Paper("n1", "Quantum Annealing for Scheduling").Abstract("Annealing schedules.").Build()]);
        Assert.Equal(1, Count(index, "annealing"));

        index.Upsert([Paper("n1", "Quantum Walks").Abstract("Walks on graphs.").Build()]);
        Assert.Equal(0, Count(index, "annealing"));
        Assert.Equal("Quantum Walks", index.Get("n1")!.Title);

        Assert.True(index.Delete("n1"));
        Assert.Null(index.Get("n1"));
        Assert.False(index.Delete("n1"));
    }

    [Fact]
    public void A_snapshot_keeps_the_papers_it_loaded_and_a_new_snapshot_loads_the_new_ones()
    {
        using var index = TestCorpus.Index();
        index.Upsert([Paper("n1", "Quantum Annealing").Abstract("Annealing schedules.").Build()]);
        using (var context = index.Searchers.GetContext())
        {
            var searcher = context.Reference;
            var doc = PaperIndex.DocOf(searcher, "n1")!.Value;
            var loaded = PaperIndex.LoadPaper(searcher, doc);
            Assert.Same(loaded, PaperIndex.LoadPaper(searcher, doc));
            // An export's read is not kept, and reads the same paper.
            var read = PaperIndex.ReadPaper(searcher, doc);
            Assert.NotSame(loaded, read);
            Assert.Equal(loaded.Title, read.Title);
        }

        index.Upsert([Paper("n1", "Quantum Walks").Abstract("Walks on graphs.").Build()]);
        using (var context = index.Searchers.GetContext())
        {
            var searcher = context.Reference;
            Assert.Equal("Quantum Walks", PaperIndex.LoadPaper(searcher, PaperIndex.DocOf(searcher, "n1")!.Value).Title);
        }
        Assert.Equal("Quantum Walks", index.Get("n1")!.Title);
    }

    [Fact]
    public void Acknowledged_changes_are_committed_to_disk()
    {
        var location = new IndexLocation(_root);
        IndexBuilder.Build(location, TestCorpus.Papers, new IndexMeta());
        using (var index = PaperIndex.Open(location, writable: true))
        {
            index.Upsert([Paper("n2", "Durable Paper").Build()]);
        }
        using var reopened = PaperIndex.Open(location);
        Assert.Equal("Durable Paper", reopened.Get("n2")!.Title);
        Assert.Equal(13, Count(reopened, ""));
    }

    [Fact]
    public void A_rebuild_switches_generations_and_removes_the_old_one()
    {
        var location = new IndexLocation(_root);
        IndexBuilder.Build(location, TestCorpus.Papers.Take(3), new IndexMeta());
        var first = location.Current;
        var meta = IndexBuilder.Build(location, TestCorpus.Papers, new IndexMeta());
        Assert.NotEqual(first, location.Current);
        Assert.False(Directory.Exists(first));
        Assert.Equal(12, meta.Papers);
        using var index = PaperIndex.Open(location);
        Assert.Equal(12, Count(index, ""));
    }

    [Fact]
    public void A_failed_build_leaves_the_live_index_untouched()
    {
        var location = new IndexLocation(_root);
        IndexBuilder.Build(location, TestCorpus.Papers, new IndexMeta());
        var live = location.Current;

        static IEnumerable<Paper> Failing()
        {
            yield return Paper("x1", "First").Build();
            throw new InvalidDataException("source broke mid-way");
        }
        Assert.Throws<AggregateException>(() => IndexBuilder.Build(location, Failing(), new IndexMeta()));

        Assert.Equal(live, location.Current);
        Assert.Single(Directory.GetDirectories(_root));
        using var index = PaperIndex.Open(location);
        Assert.Equal(12, Count(index, ""));
    }

    [Fact]
    public void Opening_a_missing_index_names_the_location()
    {
        var e = Assert.Throws<IndexNotFoundException>(() => PaperIndex.Open(new IndexLocation(_root)));
        Assert.Contains(_root, e.Message);
    }

    [Fact]
    public void The_index_remembers_how_it_was_analyzed()
    {
        var location = new IndexLocation(_root);
        IndexBuilder.Build(location, TestCorpus.Papers, new IndexMeta { Analyzer = new() { Stemmer = "kstem" } });
        using var index = PaperIndex.Open(location);
        Assert.Equal("kstem", index.Meta.Analyzer.Stemmer);
    }

    [Fact]
    public void An_index_from_other_sources_or_an_older_schema_is_not_current()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_root, "..", Path.GetFileName(_root) + "-src")).FullName;
        try
        {
            File.WriteAllText(Path.Combine(seeds, "a.jsonl"), "{\"id\":\"a\",\"title\":\"A paper\"}\n");
            var location = new IndexLocation(_root);
            IndexPipeline.Build([seeds], location);
            Assert.True(IndexPipeline.IsCurrent(location, [seeds]));

            File.AppendAllText(Path.Combine(seeds, "a.jsonl"), "{\"id\":\"b\",\"title\":\"B paper\"}\n");
            Assert.False(IndexPipeline.IsCurrent(location, [seeds]));

            IndexPipeline.Build([seeds], location);
            var meta = IndexMeta.Read(location.Current!);
            (meta with { SchemaVersion = 0 }).Write(location.Current!);
            Assert.False(IndexPipeline.IsCurrent(location, [seeds]));
        }
        finally
        {
            Directory.Delete(seeds, recursive: true);
        }
    }
}
