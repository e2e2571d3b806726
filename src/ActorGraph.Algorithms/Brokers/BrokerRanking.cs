using ActorGraph.Algorithms.Traversal;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Vocabulary;

namespace ActorGraph.Algorithms.Brokers;

/// <summary>
/// Brokers between parties: betweenness centrality restricted to the parties' shortest paths, over the subgraph of
/// relationships the filter allows (types, window, direction read with symmetry).
/// <para>
/// For ordered pairs (s, t) of distinct parties with t reachable from s within <see cref="BrokerQuery.MaxLength"/>
/// hops, let sigma(s, t) be the number of shortest s–t paths (as relationship sequences) and sigma(s, t | v) the
/// number of them passing through v (v not s or t). An actor's dependency is the sum over those pairs of
/// sigma(s, t | v) / sigma(s, t); its score divides that by the number of such pairs. A party can broker between
/// other parties. Computed with Brandes' algorithm, one breadth-first search per party, all run in lock step so that
/// each level is one batched store call; a search stops once it has reached every other party.
/// </para>
/// </summary>
public sealed class BrokerRanking(IGraphReader reader, RelationshipVocabulary? vocabulary = null)
{
    private readonly RelationshipVocabulary _vocabulary = vocabulary ?? RelationshipVocabulary.Default;

    /// <exception cref="ValidationException">The query is out of range.</exception>
    /// <exception cref="NotFoundException">A party does not exist.</exception>
    public async Task<BrokerResult> RankAsync(BrokerQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        Validate(query);
        var parties = await ActorLookup.RequireAsync(reader, query.PartyIds, cancellationToken).ConfigureAwait(false);
        var partyIds = parties.Values.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        if (partyIds.Count < 2)
        {
            throw new ValidationException("partyIds", "must name at least two different actors.");
        }

        var work = new WorkCounter(query.Limits);
        var adjacency = new Adjacency(reader, query.Filter, new DirectionRule(query.Filter.Direction, _vocabulary));
        var searches = partyIds.Order(StringComparer.Ordinal).Select(id => new ShortestPathCounts(id, partyIds)).ToList();
        for (var level = 0; level < query.MaxLength; level++)
        {
            var active = searches.Where(s => !s.Done).ToList();
            if (active.Count == 0 || !await work.TryExpandAsync(adjacency, [.. active.SelectMany(s => s.Frontier)], cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            foreach (var search in active)
            {
                search.ExpandLevel(adjacency);
            }
        }

        var dependency = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var search in searches)
        {
            search.Accumulate(dependency);
        }

        var connections = searches.SelectMany(s => s.Connections()).ToList();
        var top = dependency
            .OrderByDescending(d => Math.Round(d.Value, 9))
            .ThenBy(d => d.Key, StringComparer.Ordinal)
            .Take(query.Top)
            .ToList();
        var actors = top.Count == 0
            ? new Dictionary<string, Actor>()
            : await reader.GetActorsAsync([.. top.Select(d => d.Key)], cancellationToken).ConfigureAwait(false);
        var brokers = top
            .Select((d, i) => new BrokerScore(i + 1, actors[d.Key], d.Value / connections.Count, d.Value))
            .ToList();
        return new BrokerResult(brokers, connections, parties, work.Report());
    }

    private void Validate(BrokerQuery query)
    {
        if (query.PartyIds is null || query.PartyIds.Count is < 2 or > BrokerQuery.MaxParties)
        {
            throw new ValidationException("partyIds", $"must name between 2 and {BrokerQuery.MaxParties} actors.");
        }

        foreach (var id in query.PartyIds)
        {
            QueryCheck.ActorId(id, "partyIds");
        }

        QueryCheck.InRange(query.Top, 1, BrokerQuery.MaxTop, "top");
        QueryCheck.InRange(query.MaxLength, 1, 12, "maxLength");
        QueryCheck.Filter(query.Filter, _vocabulary, "filter");
        QueryCheck.Limits(query.Limits, "limits");
    }
}
