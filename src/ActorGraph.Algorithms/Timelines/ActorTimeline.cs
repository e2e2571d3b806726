using System.Globalization;
using ActorGraph.Algorithms.Traversal;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Vocabulary;

namespace ActorGraph.Algorithms.Timelines;

/// <summary>
/// The relationships of one actor that pass the filter (window, types, direction read with symmetry, ...), in time
/// order: by <see cref="Domain.Relationships.Relationship.EffectiveDate"/> (the first day of the event date, else the
/// reported day), then reported day, then id. One store call reads the edges, one the first
/// <see cref="TimelineQuery.Limit"/> relationships with their evidence, one the counterparts.
/// </summary>
public sealed class ActorTimeline(IGraphReader reader, RelationshipVocabulary? vocabulary = null)
{
    private readonly RelationshipVocabulary _vocabulary = vocabulary ?? RelationshipVocabulary.Default;

    /// <exception cref="ValidationException">The query is out of range.</exception>
    /// <exception cref="NotFoundException">The actor does not exist.</exception>
    public async Task<TimelineResult> ReadAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryCheck.ActorId(query.ActorId, "actorId");
        QueryCheck.InRange(query.Limit, 1, TimelineQuery.MaxLimit, "limit");
        QueryCheck.Filter(query.Filter, _vocabulary, "filter");
        var actor = (await ActorLookup.RequireAsync(reader, [query.ActorId], cancellationToken).ConfigureAwait(false))[query.ActorId];
        var rule = new DirectionRule(query.Filter.Direction, _vocabulary);
        var edges = await reader.GetEdgesAsync([actor.Id], query.Filter with { Direction = rule.StoreDirection(query.Filter) }, cancellationToken).ConfigureAwait(false);
        var facing = edges
            .Where(e => rule.Faces(e, actor.Id))
            .OrderBy(e => e.EffectiveDate)
            .ThenBy(e => e.ReportedOn)
            .ThenBy(e => e.RelationshipId, StringComparer.Ordinal)
            .ToList();
        Truncation? truncation = facing.Count > query.Limit
            ? new Truncation(TruncationReason.ResultLimit, string.Create(CultureInfo.InvariantCulture, $"{facing.Count} relationships qualified; the earliest {query.Limit} were kept."))
            : null;
        var kept = facing.Take(query.Limit).ToList();
        var relationships = kept.Count == 0
            ? new Dictionary<string, Domain.Relationships.Relationship>()
            : await reader.GetRelationshipsAsync([.. kept.Select(e => e.RelationshipId)], cancellationToken).ConfigureAwait(false);
        var counterpartIds = kept.Select(e => e.OtherEnd(actor.Id)).Where(id => id != actor.Id).Distinct(StringComparer.Ordinal).ToList();
        var counterparts = counterpartIds.Count == 0
            ? new Dictionary<string, Domain.Actors.Actor>()
            : await reader.GetActorsAsync(counterpartIds, cancellationToken).ConfigureAwait(false);
        var entries = kept
            .Where(e => relationships.ContainsKey(e.RelationshipId))
            .Select(e => new TimelineEntry(relationships[e.RelationshipId], e.OtherEnd(actor.Id), e.SourceId == actor.Id))
            .ToList();
        return new TimelineResult(actor, entries, counterparts, new WorkReport(1, facing.Count, 1, truncation));
    }
}
