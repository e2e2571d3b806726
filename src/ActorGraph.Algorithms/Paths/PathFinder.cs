using ActorGraph.Algorithms.Traversal;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Vocabulary;

namespace ActorGraph.Algorithms.Paths;

/// <summary>
/// Shortest paths between two actors over the relationships a <see cref="PathQuery"/> allows.
/// <para>
/// A path is a sequence of relationships (hops), each followed along the query's direction (symmetric types both
/// ways), that visits no actor twice; parallel relationships between the same two actors make different paths.
/// Its length is its number of hops. Paths are ordered by length, then hop by hop from the start by earliest
/// effective date (<see cref="Edge.EffectiveDate"/>) and then relationship id; the result holds the first
/// <see cref="PathQuery.Limit"/> paths of at most <see cref="PathQuery.MaxLength"/> hops in that order (Yen's
/// algorithm over a bidirectional breadth-first search, or over a search of (actor, arrival date) states in
/// time-respecting mode). Every traversal level is read in one batched store call; the relationships and actors of
/// the result are read in one call each.
/// </para>
/// </summary>
public sealed class PathFinder(IGraphReader reader, RelationshipVocabulary? vocabulary = null)
{
    private readonly RelationshipVocabulary _vocabulary = vocabulary ?? RelationshipVocabulary.Default;

    /// <exception cref="ValidationException">The query is out of range or names the same actor twice.</exception>
    /// <exception cref="NotFoundException">An actor of the query does not exist.</exception>
    public async Task<PathResult> FindAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        Validate(query);
        var endpoints = await ActorLookup.RequireAsync(reader, [query.FromId, query.ToId], cancellationToken).ConfigureAwait(false);
        var from = endpoints[query.FromId];
        var to = endpoints[query.ToId];
        if (from.Id == to.Id)
        {
            throw new ValidationException("toId", $"names the same actor as fromId ('{from.Id}'); a path joins two different actors.");
        }

        var work = new WorkCounter(query.Limits);
        var rule = new DirectionRule(query.Filter.Direction, _vocabulary);
        var forward = new Adjacency(reader, query.Filter, rule);
        IPathSearch search = query.TimeRespecting
            ? new TimeRespectingSearch(work, forward)
            : new FewestHopsSearch(work, forward, rule.Direction == Direction.Any ? forward : new Adjacency(reader, query.Filter, rule.Reversed()));
        var found = await KShortestSimplePaths.FindAsync(search, work, from.Id, to.Id, query, cancellationToken).ConfigureAwait(false);
        var paths = found.Select(steps => new GraphPath(from.Id, [.. steps.Select(s => new PathHop(s.Edge, s.From, s.To))])).ToList();
        var (actors, relationships) = await HydrateAsync(paths, from, to, cancellationToken).ConfigureAwait(false);
        return new PathResult(from, to, paths, actors, relationships, work.Report());
    }

    private void Validate(PathQuery query)
    {
        QueryCheck.ActorId(query.FromId, "fromId");
        QueryCheck.ActorId(query.ToId, "toId");
        QueryCheck.InRange(query.MaxLength, 1, PathQuery.MaxMaxLength, "maxLength");
        QueryCheck.InRange(query.Limit, 1, PathQuery.MaxLimit, "limit");
        QueryCheck.Filter(query.Filter, _vocabulary, "filter");
        QueryCheck.Limits(query.Limits, "limits");
    }

    private async Task<(IReadOnlyDictionary<string, Actor>, IReadOnlyDictionary<string, Relationship>)> HydrateAsync(
        List<GraphPath> paths, Actor from, Actor to, CancellationToken cancellationToken)
    {
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal) { [from.Id] = from, [to.Id] = to };
        var others = paths.SelectMany(p => p.ActorIds).Where(id => !actors.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (others.Count > 0)
        {
            foreach (var actor in (await reader.GetActorsAsync(others, cancellationToken).ConfigureAwait(false)).Values)
            {
                actors[actor.Id] = actor;
            }
        }

        var relationshipIds = paths.SelectMany(p => p.RelationshipIds).Distinct(StringComparer.Ordinal).ToList();
        IReadOnlyDictionary<string, Relationship> relationships = relationshipIds.Count == 0
            ? new Dictionary<string, Relationship>(StringComparer.Ordinal)
            : await reader.GetRelationshipsAsync(relationshipIds, cancellationToken).ConfigureAwait(false);
        return (actors, relationships);
    }
}
