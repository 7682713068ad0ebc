using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Ingest;

/// <summary>
/// Merges records of the same paper. Records meet under their <see cref="TitleKey"/>; within a title group,
/// records carrying different source ids are different papers (CACM has three "Glossary of Computer
/// Engineering and Programming Terminology" documents). Near-duplicate titles (GhostNet vs GhostNets) have
/// different keys and stay apart.
/// </summary>
public static class PaperMerger
{
    public static MergeResult Merge(IEnumerable<PaperRecord> records)
    {
        var papers = new List<Paper>();
        var merged = 0;
        foreach (var group in records.GroupBy(r => TitleKey.For(r.Title), StringComparer.Ordinal))
        {
            foreach (var paperRecords in SplitBySourceId(group.ToList()))
            {
                papers.Add(Build(group.Key, paperRecords));
                if (paperRecords.Count > 1)
                {
                    merged++;
                }
            }
        }
        return new MergeResult(MakeIdsUnique(papers), merged);
    }

    /// <summary>A paper from one record, for callers that stream records already known to be unique.</summary>
    public static Paper FromSingle(PaperRecord record) => Build(TitleKey.For(record.Title), [record]);

    /// <summary>
    /// One sub-group per distinct source id. Records without an id join the group when it has at most one
    /// id; when it has several, they cannot be attributed to any one of them and form their own paper.
    /// </summary>
    private static IEnumerable<List<PaperRecord>> SplitBySourceId(List<PaperRecord> group)
    {
        var ids = group.Where(r => r.SourceId is not null).Select(r => PaperId.Sanitize(r.SourceId!))
            .Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count <= 1)
        {
            yield return group;
            yield break;
        }
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            yield return group.Where(r => r.SourceId is not null && PaperId.Sanitize(r.SourceId) == id).ToList();
        }
        var withoutId = group.Where(r => r.SourceId is null).ToList();
        if (withoutId.Count > 0)
        {
            yield return withoutId;
        }
    }

    private static Paper Build(string key, IReadOnlyList<PaperRecord> group)
    {
        var ordered = group.OrderBy(r => r.Source.File, StringComparer.Ordinal).ThenBy(r => r.Source.Ordinal).ToList();
        var primary = ordered.OrderBy(PrimaryRank).First();
        var authorsFrom = ordered
            .OrderBy(r => r.Authors.Count == 0)
            .ThenBy(r => r.AuthorsTruncated)
            .ThenByDescending(r => r.Authors.Count)
            .First();
        var sourceId = ordered.Select(r => r.SourceId).FirstOrDefault(id => id is not null);
        var abstractText = ordered.Select(r => r.Abstract ?? "").OrderByDescending(a => a.Length).First();
        var doi = ordered.Select(r => r.Doi).FirstOrDefault(d => d is not null);
        var url = ordered.Select(r => r.Url).FirstOrDefault(u => u is not null);
        var links = LinkFinder.Find(abstractText, doi, url, sourceId);
        return new Paper
        {
            Id = sourceId is null ? PaperId.Derive(key) : PaperId.Sanitize(sourceId),
            Title = primary.Title,
            Abstract = abstractText,
            Authors = authorsFrom.Authors,
            AuthorsTruncated = authorsFrom.AuthorsTruncated,
            // why: venue, year, type and date come from one record so a paper never shows a
            // conference name with its preprint's year.
            Venue = primary.Venue,
            Year = primary.Year,
            Type = primary.Type,
            Date = primary.Date,
            Topics = [.. ordered.SelectMany(r => r.Topics).Distinct(StringComparer.Ordinal)],
            InferredTopics = [.. ordered.SelectMany(r => r.InferredTopics).Distinct(StringComparer.Ordinal)],
            // why: "Code is available at https://github.com/…" in the abstract is as good as a source's code flag.
            HasCode = ordered.Any(r => r.HasCode == true) || links.Any(l => l.Kind == PaperLink.Code),
            Affiliation = ordered.Select(r => r.Affiliation).FirstOrDefault(a => a is not null),
            Doi = doi,
            Url = url,
            Links = links,
            Citations = ordered.Select(r => r.Citations).FirstOrDefault(c => c is not null),
            Sources = [.. ordered
                .SelectMany(r => r.CarriedSources ?? [PaperSource.From(r)])
                .OrderBy(s => s.File, StringComparer.Ordinal).ThenBy(s => s.Ordinal).ThenBy(s => s.Line)],
        };
    }

    /// <summary>
    /// Lower is better: a peer-reviewed record, then a preprint the record itself states, then one only
    /// implied by its page, then a record without a type; a stated year breaks ties, then source order.
    /// </summary>
    private static (int, int) PrimaryRank(PaperRecord r)
    {
        var kind = r.Type switch
        {
            { } t when t.IsPeerReviewed() => 0,
            not null when !r.ImpliedFields.Contains("type") => 1,
            not null => 2,
            null => 3,
        };
        return (kind, r.Year is null ? 1 : 0);
    }

    /// <summary>
    /// Orders by id and suffixes colliding ids (<c>-2</c>, <c>-3</c>) in title-key order, so the result is
    /// the same on every run.
    /// </summary>
    private static List<Paper> MakeIdsUnique(List<Paper> papers)
    {
        var result = new List<Paper>(papers.Count);
        var taken = new HashSet<string>(papers.Select(p => p.Id), StringComparer.Ordinal);
        foreach (var group in papers.GroupBy(p => p.Id, StringComparer.Ordinal))
        {
            var suffix = 2;
            var first = true;
            foreach (var paper in group.OrderBy(p => TitleKey.For(p.Title), StringComparer.Ordinal)
                         .ThenBy(p => p.Sources.FirstOrDefault()?.File, StringComparer.Ordinal)
                         .ThenBy(p => p.Sources.FirstOrDefault()?.Ordinal))
            {
                if (first)
                {
                    result.Add(paper);
                    first = false;
                    continue;
                }
                string id;
                do
                {
                    id = $"{paper.Id}-{suffix++}";
                }
                while (!taken.Add(id));
                result.Add(paper with { Id = id });
            }
        }
        return [.. result.OrderBy(p => p.Id, StringComparer.Ordinal)];
    }
}
