using System.Globalization;
using System.Runtime.InteropServices;
using ActorGraph.Algorithms.Traversal;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Vocabulary;

namespace ActorGraph.Algorithms.Neighbourhoods;

/// <summary>
/// The neighbourhood of one or more seed actors.
/// <para>
/// A breadth-first search from all seeds at once expands one level per store call: level i holds the actors first
/// reached after i hops along relationships the filter allows (direction read with symmetry). The explored edges are
/// those followed from an expanded actor, so an edge between two actors at exactly <see cref="NeighbourhoodQuery.Depth"/>
/// hops is not included. A level is expanded only while fewer actors than the node cap have been reached.
/// </para>
/// <para>
/// Node cap: actors are ranked by distance, then by degree within the explored edges (highest first), then by id,
/// and the first <see cref="NeighbourhoodQuery.NodeCap"/> are kept with the explored edges between them. When the cap
/// leaves actors out, or stops the expansion before the requested depth, the result is truncated with
/// <see cref="TruncationReason.NodeCap"/>; when the work limits stop it, with their reason.
/// </para>
/// </summary>
public sealed class NeighbourhoodExplorer(IGraphReader reader, RelationshipVocabulary? vocabulary = null)
{
    private readonly RelationshipVocabulary _vocabulary = vocabulary ?? RelationshipVocabulary.Default;

    /// <exception cref="ValidationException">The query is out of range.</exception>
    /// <exception cref="NotFoundException">A seed does not exist.</exception>
    public async Task<NeighbourhoodResult> ExploreAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        Validate(query);
        var seeds = await ActorLookup.RequireAsync(reader, query.SeedIds, cancellationToken).ConfigureAwait(false);
        var seedIds = seeds.Values.Select(a => a.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var work = new WorkCounter(query.Limits);
        var adjacency = new Adjacency(reader, query.Filter, new DirectionRule(query.Filter.Direction, _vocabulary));
        var reached = seedIds.ToDictionary(id => id, _ => new Reached(0), StringComparer.Ordinal);
        var edges = new Dictionary<string, Edge>(StringComparer.Ordinal);
        IReadOnlyList<Edge> lastLevelEdges = [];
        var frontier = seedIds;
        for (var level = 0; level < query.Depth && frontier.Count > 0; level++)
        {
            if (reached.Count >= query.NodeCap)
            {
                work.Cut(TruncationReason.NodeCap, string.Create(CultureInfo.InvariantCulture, $"Stopped at {level} hops: the node cap of {query.NodeCap} actors was already reached."));
                break;
            }

            if (level == query.Depth - 1 && adjacency.CountsMatchSteps)
            {
                lastLevelEdges = await ExpandLastLevelByCountsAsync(adjacency, work, level, frontier.ToHashSet(StringComparer.Ordinal), reached, edges, query.NodeCap, cancellationToken).ConfigureAwait(false);
                break;
            }

            if (!await work.TryExpandAsync(adjacency, frontier, cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            var next = new List<string>();
            foreach (var actorId in frontier)
            {
                var from = reached[actorId];
                foreach (var step in adjacency.UnorderedStepsFrom(actorId))
                {
                    ref var to = ref CollectionsMarshal.GetValueRefOrAddDefault(reached, step.To, out var known);
                    if (!known)
                    {
                        to = new Reached(level + 1);
                        next.Add(step.To);
                    }

                    // An edge followed from both of its ends is one explored edge: its ends count it once each.
                    if (edges.TryAdd(step.Edge.RelationshipId, step.Edge))
                    {
                        from.Degree++;
                        to!.Degree++;
                    }
                }
            }

            frontier = next;
        }

        var kept = Rank(reached, query.NodeCap, work);
        var keptIds = kept.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        bool Kept(Edge e) => keptIds.Contains(e.SourceId) && keptIds.Contains(e.TargetId);
        var keptEdges = ByRelationshipId.Union(
            [.. edges.Values.Where(Kept).OrderBy(e => e.RelationshipId, StringComparer.Ordinal)],
            [.. lastLevelEdges.Where(Kept)]);
        var actors = await reader.GetActorsAsync(keptIds, cancellationToken).ConfigureAwait(false);
        var nodes = kept
            .Select(n => actors.TryGetValue(n.Id, out var actor)
                ? n with { Label = actor.Name, Kind = actor.Kind, Country = actor.Country }
                : n)
            .ToList();
        return new NeighbourhoodResult(nodes, [.. keptEdges.Select(e => SubgraphEdge.From(e, _vocabulary))], work.Report());
    }

    /// <summary>
    /// Expands the last level without reading every edge of its hubs, with the same result as reading them. The store
    /// counts, at both ends, the edges followed from this level: an actor first reached now has that count as its degree
    /// (it is not expanded), and an actor reached before gains its count less the counted edges it had already explored
    /// (followed from an earlier level, which only happens when edges are followed both ways). The best of the newly
    /// reached actors fill what the node cap leaves, and the same call hands over the edges among the kept actors, by
    /// relationship id: they are returned as they are, and may repeat edges explored before.
    /// </summary>
    private static async Task<IReadOnlyList<Edge>> ExpandLastLevelByCountsAsync(
        Adjacency adjacency, WorkCounter work, int level, IReadOnlySet<string> frontier, Dictionary<string, Reached> reached, Dictionary<string, Edge> edges, int nodeCap, CancellationToken cancellationToken)
    {
        var counts = await work.TryCountAsync(adjacency, frontier, reached.Keys, nodeCap - reached.Count, cancellationToken).ConfigureAwait(false);
        if (counts is null)
        {
            return [];
        }

        if (counts.Others > counts.Best.Count)
        {
            work.Cut(TruncationReason.NodeCap, CapMessage(reached.Count + counts.Others, nodeCap));
        }

        foreach (var (actorId, count) in counts.Known)
        {
            reached[actorId].Degree += count;
        }

        foreach (var edge in edges.Values.Where(e => adjacency.FollowedFrom(e, frontier)))
        {
            reached[edge.SourceId].Degree--;
            reached[edge.TargetId].Degree--;
        }

        foreach (var (actorId, degree) in counts.Best)
        {
            reached[actorId] = new Reached(level + 1) { Degree = degree };
        }

        return counts.Edges;
    }

    private static string CapMessage(int qualified, int nodeCap) =>
        string.Create(CultureInfo.InvariantCulture, $"{qualified} actors qualified; the {nodeCap} nearest (then best connected) were kept.");

    private static List<SubgraphNode> Rank(Dictionary<string, Reached> reached, int nodeCap, WorkCounter work)
    {
        var candidates = reached.Select(r => new RankedActor(r.Key, r.Value.Distance, r.Value.Degree)).ToList();
        var kept = Ranking.First(candidates, nodeCap, RankedActor.Compare);
        if (candidates.Count > nodeCap)
        {
            work.Cut(TruncationReason.NodeCap, CapMessage(candidates.Count, nodeCap));
        }

        // Label and kind are filled in from the actors once the kept ones are known.
        return [.. kept.Select(n => new SubgraphNode(n.Id, n.Id, default, null, n.Distance, n.Degree))];
    }

    /// <summary>An actor reached by the search: its distance from the nearest seed and its degree within the explored edges.</summary>
    private sealed class Reached(int distance)
    {
        public int Distance { get; } = distance;

        public int Degree { get; set; }
    }

    private readonly record struct RankedActor(string Id, int Distance, int Degree)
    {
        /// <summary>Nearest first, then best connected, then by id.</summary>
        public static int Compare(RankedActor x, RankedActor y)
        {
            var byDistance = x.Distance.CompareTo(y.Distance);
            if (byDistance != 0)
            {
                return byDistance;
            }

            var byDegree = y.Degree.CompareTo(x.Degree);
            return byDegree != 0 ? byDegree : string.CompareOrdinal(x.Id, y.Id);
        }
    }

    private void Validate(NeighbourhoodQuery query)
    {
        if (query.SeedIds is null || query.SeedIds.Count == 0)
        {
            throw new ValidationException("seedIds", "must name at least one actor.");
        }

        foreach (var id in query.SeedIds)
        {
            QueryCheck.ActorId(id, "seedIds");
        }

        QueryCheck.InRange(query.Depth, 0, NeighbourhoodQuery.MaxDepth, "depth");
        QueryCheck.InRange(query.NodeCap, query.SeedIds.Distinct(StringComparer.Ordinal).Count(), NeighbourhoodQuery.MaxNodeCap, "nodeCap");
        QueryCheck.Filter(query.Filter, _vocabulary, "filter");
        QueryCheck.Limits(query.Limits, "limits");
    }
}
