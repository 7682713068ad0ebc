using Lucene.Net.Documents;
using SearchEngine.Core.Schema;
using SearchEngine.Core.Tests.Builders;

namespace SearchEngine.Core.Tests.Schema;

public sealed class PaperDocumentMapperTests
{
    private static List<string> Describe(Document doc) =>
        doc.Fields.Select(f => $"{f.GetType().Name} {f.IndexableFieldType} {f}").ToList();

    [Fact]
    public void A_reused_document_holds_exactly_what_a_new_one_holds_paper_after_paper()
    {
        var fresh = new PaperDocumentMapper();
        var reused = PaperDocumentMapper.ForOneThread();
        // Forwards then backwards: papers with more authors, topics and years follow ones with fewer, and back.
        var papers = TestCorpus.Papers.Concat(TestCorpus.Papers.Reverse()).ToList();
        Document? previous = null;
        foreach (var paper in papers)
        {
            var doc = reused.ToDocument(paper);
            Assert.Equal(Describe(fresh.ToDocument(paper)), Describe(doc));
            if (previous is not null) Assert.Same(previous, doc);
            previous = doc;
        }
    }
}
