using SearchEngine.Core.Indexing;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Indexing;

/// <summary>Generations live beside each other: leases keep read ones, the index lock keeps builders apart.</summary>
public sealed class GenerationLifecycleTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "generation-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void A_generation_still_open_is_kept_by_a_rebuild_and_removed_once_released()
    {
        var location = new IndexLocation(_root);
        IndexBuilder.Build(location, TestCorpus.Papers.Take(3), new IndexMeta());
        var reader = PaperIndex.Open(location);
        var old = reader.Path!;

        IndexBuilder.Build(location, TestCorpus.Papers, new IndexMeta());

        Assert.NotEqual(old, location.Current);
        Assert.True(Directory.Exists(old));
        Assert.Equal("GhostNet: More Features from Cheap Operations", reader.Get("p01")?.Title);
        reader.Dispose();
        location.RemoveUnused(builderLockHeld: false);
        Assert.False(Directory.Exists(old));
    }

    [Fact]
    public void A_second_builder_stops_with_a_message_naming_the_lock()
    {
        var location = new IndexLocation(_root);
        using var first = IndexLock.Acquire(location.Root, TimeSpan.Zero);
        var e = Assert.Throws<IndexLockedException>(() => IndexLock.Acquire(location.Root, TimeSpan.FromMilliseconds(200)));
        Assert.Contains(IndexLock.FileName, e.Message);
        Assert.Contains("another process", e.Message);
    }

    [Fact]
    public void The_lock_is_free_again_once_released()
    {
        var location = new IndexLocation(_root);
        IndexLock.Acquire(location.Root, TimeSpan.Zero).Dispose();
        using var again = IndexLock.TryAcquire(location.Root);
        Assert.NotNull(again);
    }

    [Fact]
    public void A_partial_generation_left_by_a_killed_build_is_removed_at_the_next_start()
    {
        var location = new IndexLocation(_root);
        IndexBuilder.Build(location, TestCorpus.Papers, new IndexMeta());
        var partial = location.CreateNextGeneration();
        File.WriteAllText(Path.Combine(partial, "write.lock"), "");
        File.WriteAllText(Path.Combine(partial, "_0.fdt"), "half written");

        location.RemoveOrphans();

        Assert.False(Directory.Exists(partial));
        Assert.True(location.Exists);
    }

    [Fact]
    public void A_generation_being_built_is_not_taken_for_an_orphan()
    {
        var location = new IndexLocation(_root);
        IndexBuilder.Build(location, TestCorpus.Papers, new IndexMeta());
        var building = location.CreateNextGeneration();
        using (GenerationLease.Take(building))
        {
            location.RemoveOrphans();
            Assert.True(Directory.Exists(building));
        }
        location.RemoveOrphans();
        Assert.False(Directory.Exists(building));
    }

    [Fact]
    public void A_newer_generation_is_not_removed_while_a_builder_holds_the_lock()
    {
        var location = new IndexLocation(_root);
        IndexBuilder.Build(location, TestCorpus.Papers, new IndexMeta());
        var building = location.CreateNextGeneration();
        using (IndexLock.Acquire(location.Root, TimeSpan.Zero))
        {
            location.RemoveOrphans();
            Assert.True(Directory.Exists(building));
        }
    }
}
