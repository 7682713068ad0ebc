using SearchEngine.Core.Papers;

namespace SearchEngine.Core.Ingest;

/// <summary>
/// Merges records of the same paper. Records meet under their <see cref="TitleKey"/>; within a title group,
/// records carrying different source ids are different papers (CACM has three "Glossary of Computer
/// Engineering and Programming Terminology" documents). Near-duplicate titles (GhostNet vs GhostNets) have
/// different keys and stay apart. Then listings of one work under different titles (an arXiv title and the venue's)
/// are merged, keeping the other titles as <see cref="Paper.AlternateTitles"/>, and distinct works that are versions of
/// each other are linked through <see cref="Paper.OtherVersions"/>; <see cref="WorkMatcher"/> decides both.
/// </summary>
public static class PaperMerger
{
    public static MergeResult Merge(IEnumerable<PaperRecord> records)
    {
        var groups = new List<List<PaperRecord>>();
        foreach (var group in records.GroupBy(r => TitleKey.For(r.Title), StringComparer.Ordinal))
        {
            groups.AddRange(SplitBySourceId(group.ToList()));
        }
        var provisional = groups.Select(g => Build(g)).ToList();
        var papers = new List<Paper>(groups.Count);
        var merged = 0;
        foreach (var cluster in SameWorkClusters(groups, provisional))
        {
            var paperRecords = cluster.Count == 1 ? groups[cluster[0]] : cluster.SelectMany(i => groups[i]).ToList();
            papers.Add(cluster.Count == 1 ? provisional[cluster[0]] : Build(paperRecords));
            if (paperRecords.Count > 1)
            {
                merged++;
            }
        }
        return new MergeResult(LinkVersions(MakeIdsUnique(papers)), merged);
    }

    /// <summary>
    /// Groups of record groups that are one work, by union over the pairs <see cref="WorkMatcher.SameWork"/> accepts
    /// within a blocking key; every group appears in exactly one cluster, clusters in first-group order.
    /// </summary>
    private static List<List<int>> SameWorkClusters(List<List<PaperRecord>> groups, List<Paper> provisional)
    {
        var parent = Enumerable.Range(0, groups.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var signatures = provisional.Select((p, i) => WorkMatcher.SignatureOf(p, SourceIdOf(groups[i]))).ToList();
        // The one source id of each cluster (by root), so a union is checked in constant time on large corpora.
        var clusterSourceId = groups.Select(SourceIdOf).ToArray();
        foreach (var block in Enumerable.Range(0, groups.Count).Where(i => signatures[i] is not null)
                     .GroupBy(i => signatures[i]!.Block, StringComparer.Ordinal).Where(b => b.Skip(1).Any()))
        {
            var members = block.ToList();
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    var (a, b) = (Find(members[x]), Find(members[y]));
                    if (a == b || !WorkMatcher.SameWork(signatures[members[x]]!, signatures[members[y]]!)) continue;
                    // why: two different source ids are two papers, also when reached through a third listing.
                    if (clusterSourceId[a] is { } idA && clusterSourceId[b] is { } idB && idA != idB) continue;
                    parent[b] = a;
                    clusterSourceId[a] ??= clusterSourceId[b];
                }
            }
        }
        return [.. Enumerable.Range(0, groups.Count).GroupBy(Find).Select(g => g.ToList())];
    }

    private static string? SourceIdOf(List<PaperRecord> group) =>
        group.Select(r => r.SourceId).FirstOrDefault(id => id is not null) is { } id ? PaperId.Sanitize(id) : null;

    /// <summary>Sets <see cref="Paper.OtherVersions"/> on both papers of every pair <see cref="WorkMatcher.Versions"/> accepts.</summary>
    private static List<Paper> LinkVersions(List<Paper> papers)
    {
        var signatures = papers.Select(p => WorkMatcher.SignatureOf(p, null)).ToList();
        var versions = new Dictionary<int, List<PaperVersion>>();
        foreach (var block in Enumerable.Range(0, papers.Count).Where(i => signatures[i] is not null)
                     .GroupBy(i => signatures[i]!.Block, StringComparer.Ordinal).Where(b => b.Skip(1).Any()))
        {
            var members = block.ToList();
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    var (a, b) = (members[x], members[y]);
                    if (!WorkMatcher.Versions(signatures[a]!, signatures[b]!)) continue;
                    Add(a, papers[b]);
                    Add(b, papers[a]);
                }
            }
        }
        return [.. papers.Select((p, i) => versions.TryGetValue(i, out var v) ? p with { OtherVersions = v } : p)];

        void Add(int to, Paper version)
        {
            if (!versions.TryGetValue(to, out var list)) versions[to] = list = [];
            list.Add(new PaperVersion(version.Id, version.Title, version.Year));
        }
    }

    /// <summary>A paper from one record, for callers that stream records already known to be unique.</summary>
    public static Paper FromSingle(PaperRecord record) => Build([record]);

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

    private static Paper Build(IReadOnlyList<PaperRecord> group)
    {
        var ordered = group.OrderBy(r => r.Source.File, StringComparer.Ordinal).ThenBy(r => r.Source.Ordinal).ToList();
        var primary = ordered.OrderBy(PrimaryRank).First();
        var key = TitleKey.For(primary.Title);
        // why: a work merged from listings under different titles stays findable under each of them.
        var alternateTitles = ordered.SelectMany(r => r.AlternateTitles.Prepend(r.Title))
            .Where(t => TitleKey.For(t) != key)
            .GroupBy(TitleKey.For, StringComparer.Ordinal).Select(g => g.First()).ToList();
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
            AlternateTitles = alternateTitles,
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
