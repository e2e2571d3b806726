using ActorGraph.Domain.Changes;

namespace ActorGraph.Storage.Sqlite.Writes;

/// <summary>The distinct ids of the actors, documents and events a batch's records refer to.</summary>
internal sealed record ReferencedIds(IReadOnlySet<string> Actors, IReadOnlySet<string> Documents, IReadOnlySet<string> Events)
{
    public static ReferencedIds Of(GraphBatch batch)
    {
        var actors = new HashSet<string>(StringComparer.Ordinal);
        var documents = new HashSet<string>(StringComparer.Ordinal);
        var events = new HashSet<string>(StringComparer.Ordinal);
        foreach (var affiliation in batch.Affiliations)
        {
            actors.Add(affiliation.MemberId);
            actors.Add(affiliation.OrganisationId);
            documents.UnionWith(affiliation.Evidence.Select(e => e.DocumentId));
        }

        foreach (var @event in batch.Events)
        {
            actors.UnionWith(@event.Participants.Select(p => p.ActorId));
            documents.UnionWith(@event.Evidence.Select(e => e.DocumentId));
        }

        foreach (var relationship in batch.Relationships)
        {
            actors.Add(relationship.SourceId);
            actors.Add(relationship.TargetId);
            foreach (var evidence in relationship.Evidence)
            {
                documents.Add(evidence.DocumentId);
            }

            if (relationship.EventId is { } eventId)
            {
                events.Add(eventId);
            }
        }

        return new ReferencedIds(actors, documents, events);
    }
}
