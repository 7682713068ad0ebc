using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchEngine.Core.Ranking;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Ranking;

public sealed class TermStatesTests
{
    private static void Add(IndexWriter writer, string text) =>
        writer.AddDocument(new Document { new TextField("text", text, Field.Store.NO) });

    [Fact]
    public void A_snapshot_looks_a_term_up_once_and_finds_what_a_new_lookup_finds()
    {
        using var dir = new RAMDirectory();
        using var writer = new IndexWriter(dir, RandomSegmentsConfig.Create());
        for (var d = 0; d < 200; d++)
        {
            Add(writer, d % 3 == 0 ? "alpha beta" : "beta gamma");
            if (d % 50 == 49) writer.Commit();
        }
        writer.Commit();
        using var reader = DirectoryReader.Open(dir);
        var top = reader.Context;
        Assert.True(reader.Leaves.Count > 1);

        // Looked up through bytes the caller then overwrites: the key stays "alpha".
        var bytes = new BytesRef("alpha");
        var first = TermStates.Of(top, new Term("text", bytes));
        bytes.Bytes[0] = (byte)'x';
        Assert.Same(first, TermStates.Of(top, new Term("text", "alpha")));
        Assert.NotSame(first, TermStates.Of(top, new Term("text", "xlpha")));

        var fresh = TermContext.Build(top, new Term("text", "alpha"));
        Assert.Equal(fresh.DocFreq, first.DocFreq);
        Assert.Equal(fresh.TotalTermFreq, first.TotalTermFreq);
        foreach (var leaf in reader.Leaves) Assert.Equal(fresh.Get(leaf.Ord) is null, first.Get(leaf.Ord) is null);
        Assert.Equal(0, TermStates.Of(top, new Term("text", "missing")).DocFreq);
    }

    [Fact]
    public void A_new_snapshot_after_a_write_sees_the_new_counts()
    {
        using var dir = new RAMDirectory();
        using var writer = new IndexWriter(dir, RandomSegmentsConfig.Create());
        Add(writer, "alpha");
        writer.Commit();
        using var before = DirectoryReader.Open(dir);
        Assert.Equal(1, TermStates.Of(before.Context, new Term("text", "alpha")).DocFreq);

        Add(writer, "alpha beta");
        writer.Commit();
        using var after = DirectoryReader.OpenIfChanged(before)!;
        Assert.Equal(2, TermStates.Of(after.Context, new Term("text", "alpha")).DocFreq);
        Assert.Equal(1, TermStates.Of(before.Context, new Term("text", "alpha")).DocFreq);
    }

    [Fact]
    public void Past_its_bound_the_cache_starts_again()
    {
        using var dir = new RAMDirectory();
        using (var writer = new IndexWriter(dir, RandomSegmentsConfig.Create())) { Add(writer, "alpha"); writer.Commit(); }
        using var reader = DirectoryReader.Open(dir);
        var first = TermStates.Of(reader.Context, new Term("text", "alpha"));
        for (var i = 0; i < TermStates.MaxTerms; i++) TermStates.Of(reader.Context, new Term("text", "w" + i));
        Assert.Same(TermStates.Of(reader.Context, new Term("text", "w5")), TermStates.Of(reader.Context, new Term("text", "w5")));
        Assert.NotSame(first, TermStates.Of(reader.Context, new Term("text", "alpha")));
        Assert.Equal(1, TermStates.Of(reader.Context, new Term("text", "alpha")).DocFreq);
    }
}
