using Lucene.Net.Search;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Papers;
using SearchEngine.Core.Schema;
using SearchEngine.Core.Suggest;
using static SearchEngine.Core.Tests.Builders.SnippetTestPapers;

namespace SearchEngine.Core.Tests.Suggest;

public sealed class AutocompleteTests : IDisposable
{
    private static readonly Paper[] Corpus =
    [
        Paper("p1", "Attention Is All You Need", "", "Ashish Vaswani", "Noam Shazeer"),
        Paper("p2", "GhostNet: More Features from Cheap Operations", "", "Kai Han", "Yunhe Wang"),
        Paper("p3", "GhostNetV2: Enhance Cheap Operation with Long-Range Attention", "", "Yehui Tang", "Kai Han",
            "Yunhe Wang"),
        Paper("p4", "Transformer in Transformer", "", "Kai Han", "An Xiao"),
        Paper("p5", "Deep Residual Learning for Image Recognition", "", "Kaiming He", "Xiangyu Zhang"),
        Paper("p6", "Mask R-CNN", "", "Kaiming He", "Georgia Gkioxari"),
        Paper("p7", "Kalman Filters Revisited", "", "Hana Kim"),
        Paper("p8", "Handwriting Recognition", "", "Zhang Han"),
    ];

    private readonly PaperIndex _index = PaperIndex.InMemory(Corpus);

    public void Dispose() => _index.Dispose();

    private IReadOnlyList<Suggestion> Complete(string prefix, int limit = 8, Autocomplete? autocomplete = null)
    {
        using var context = _index.Searchers.GetContext();
        return (autocomplete ?? new Autocomplete()).Complete(context.Reference, prefix, limit);
    }

    private static Suggestion Author(string name) => new(name, Suggestion.AuthorKind, null);
    private static Suggestion Title(string title, string id) => new(title, Suggestion.TitleKind, id);

    [Fact]
    public void Authors_are_ranked_by_paper_count_and_shown_as_printed()
    {
        Assert.Equal([Author("Kai Han"), Author("Kaiming He")], Complete("KAI"));
    }

    [Fact]
    public void Surname_prefix_finds_the_author_then_titles_then_one_paper_authors()
    {
        Assert.Equal(
            [Author("Kai Han"), Title("Handwriting Recognition", "p8"), Author("Zhang Han"), Author("Hana Kim")],
            Complete("han"));
    }

    [Fact]
    public void Titles_complete_by_whole_title_prefix_in_alphabetical_order_with_their_ids()
    {
        Assert.Equal(
            [
                Title("GhostNet: More Features from Cheap Operations", "p2"),
                Title("GhostNetV2: Enhance Cheap Operation with Long-Range Attention", "p3"),
            ],
            Complete("ghostnet"));
    }

    [Fact]
    public void Prefix_is_normalized_like_the_index_keys()
    {
        Assert.Equal([Title("Attention Is All You Need", "p1")], Complete("  Attention   IS a"));
    }

    [Fact]
    public void Trailing_space_completes_only_the_whole_word()
    {
        Assert.Equal([Author("Kai Han")], Complete("kai "));
    }

    [Fact]
    public void Limit_cuts_the_ranked_list()
    {
        Assert.Equal(
            [Author("Kai Han"), Author("Kaiming He"), Title("Kalman Filters Revisited", "p7"), Author("Hana Kim")],
            Complete("k"));
        Assert.Equal([Author("Kai Han"), Author("Kaiming He")], Complete("k", limit: 2));
    }

    [Fact]
    public void Blank_prefix_or_no_match_gives_nothing()
    {
        Assert.Empty(Complete(""));
        Assert.Empty(Complete("   "));
        Assert.Empty(Complete("zzz"));
        Assert.Empty(Complete("kai", limit: 0));
    }

    [Fact]
    public void Terms_read_per_field_are_bounded()
    {
        Assert.Equal([Author("Kai Han")], Complete("kai", autocomplete: new Autocomplete { MaxTermsPerField = 1 }));
    }

    [Fact]
    public void Deleted_papers_are_not_suggested()
    {
        Assert.True(_index.Delete("p7"));

        Assert.Empty(Complete("kal"));
        Assert.Empty(Complete("hana"));
    }

    [Fact]
    public void Author_keys_are_the_name_then_its_rotations()
    {
        Assert.Equal(["yann le cun", "le cun yann", "cun yann le"],
            PaperDocumentMapper.SuggestAuthorKeys(" Yann  Le CUN"));
        Assert.Equal(["han han"], PaperDocumentMapper.SuggestAuthorKeys("Han Han"));
        Assert.Empty(PaperDocumentMapper.SuggestAuthorKeys("  "));
    }

    [Fact]
    public void Titles_complete_from_a_later_word_after_those_starting_with_it()
    {
        Assert.Equal([Title("Deep Residual Learning for Image Recognition", "p5")], Complete("image rec"));
        Assert.Equal([Title("GhostNetV2: Enhance Cheap Operation with Long-Range Attention", "p3")], Complete("long-ra"));
        // In key order: "cheap operation with …" before "cheap operations".
        Assert.Equal(
            [
                Title("GhostNetV2: Enhance Cheap Operation with Long-Range Attention", "p3"),
                Title("GhostNet: More Features from Cheap Operations", "p2"),
            ],
            Complete("cheap oper"));
    }

    [Fact]
    public void A_title_matching_from_its_start_and_a_later_word_is_suggested_once()
    {
        Assert.Equal([Title("Transformer in Transformer", "p4")], Complete("transformer"));
    }

    [Fact]
    public void Stop_words_start_no_inside_title_key_and_keys_are_bounded()
    {
        Assert.Equal(["more features from cheap operations", "features from cheap operations", "cheap operations", "operations"],
            PaperDocumentMapper.SuggestTitleWordKeys("GhostNet: More Features from Cheap Operations"));
        Assert.All(PaperDocumentMapper.SuggestTitleWordKeys(string.Join(' ', Enumerable.Repeat("word", 100))),
            k => Assert.True(k.Length <= PaperDocumentMapper.MaxTitleWordKeyLength));
    }
}
