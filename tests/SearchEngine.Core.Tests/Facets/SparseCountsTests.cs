using SearchEngine.Core.Facets;

namespace SearchEngine.Core.Tests.Facets;

public sealed class SparseCountsTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(50, 7)]
    [InlineData(5000, 3000)] // more touched ordinals than the first touched-list array holds
    [InlineData(200_000, 100)]
    public void Counts_equal_a_dense_array_and_list_exactly_the_touched_ordinals(int size, int increments)
    {
        var random = new Random(size + increments);
        var dense = new int[size];
        using var sparse = new SparseCounts(size);
        for (var i = 0; i < increments; i++)
        {
            var ord = random.Next(size);
            var by = random.Next(0, 3);
            dense[ord] += by;
            sparse.Add(ord, by);
        }
        var touched = Enumerable.Range(0, sparse.TouchedCount).Select(sparse.TouchedAt).ToList();
        Assert.Equal(Enumerable.Range(0, size).Where(o => dense[o] != 0), touched.Order());
        Assert.All(Enumerable.Range(0, size), o => Assert.Equal(dense[o], sparse[o]));
    }

    [Fact]
    public void Arrays_go_back_to_the_pool_zeroed()
    {
        const int size = 3000;
        for (var round = 0; round < 5; round++)
        {
            using var counts = new SparseCounts(size);
            // why: whatever array the pool hands out, a new instance starts from nothing.
            Assert.All(Enumerable.Range(0, size), o => Assert.Equal(0, counts[o]));
            Assert.Equal(0, counts.TouchedCount);
            for (var ord = round; ord < size; ord += 7) counts.Increment(ord);
        }
    }

    [Fact]
    public void Clear_zeroes_only_what_was_counted_and_counting_starts_over()
    {
        using var counts = new SparseCounts(10);
        counts.Increment(3);
        counts.Add(8, 5);
        counts.Clear();
        Assert.Equal(0, counts.TouchedCount);
        Assert.Equal(0, counts[3]);
        Assert.Equal(0, counts[8]);
        counts.Increment(8);
        Assert.Equal(1, counts[8]);
        Assert.Equal([8], Enumerable.Range(0, counts.TouchedCount).Select(counts.TouchedAt));
    }
}
