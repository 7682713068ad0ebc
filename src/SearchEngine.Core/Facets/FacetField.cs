using SearchEngine.Core.Schema;
using SearchEngine.Core.Search;

namespace SearchEngine.Core.Facets;

/// <summary>Which doc-values column holds each string facet dimension, and whether it is multi-valued.</summary>
internal static class FacetField
{
    public static (string Field, bool MultiValued) Of(string dimension) => dimension switch
    {
        FacetDimensions.Venue => (PaperFields.VenueFacet, false),
        FacetDimensions.Type => (PaperFields.TypeFacet, false),
        FacetDimensions.Topic => (PaperFields.TopicFacet, true),
        FacetDimensions.Author => (PaperFields.AuthorFacet, true),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "not a string facet"),
    };
}
