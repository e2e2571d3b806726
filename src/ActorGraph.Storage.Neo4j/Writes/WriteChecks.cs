using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Vocabulary;

namespace ActorGraph.Storage.Neo4j.Writes;

/// <summary>
/// The checks a write must pass before it reaches Neo4j: vocabulary types, confidence, self-relationships,
/// evidence offsets, and records named but missing. Each problem becomes a <see cref="ValidationIssue"/>.
/// </summary>
internal sealed class WriteChecks(RelationshipVocabulary vocabulary, ExistingRecords existing, IReadOnlyDictionary<string, Document> documentsAtHand)
{
    public List<ValidationIssue> Issues { get; } = [];

    public void Relationship(Relationship relationship, string path)
    {
        var type = vocabulary.Find(relationship.Type);
        if (type is null)
        {
            Issues.Add(new(path + "/type", $"'{relationship.Type}' is not a relationship type of the vocabulary."));
        }
        else if (relationship.SourceId == relationship.TargetId && !type.AllowsSelf)
        {
            Issues.Add(new(path, $"{relationship.Type} cannot link '{relationship.SourceId}' to itself."));
        }

        if (relationship.Confidence is < 0 or > 1 || double.IsNaN(relationship.Confidence))
        {
            Issues.Add(new(path + "/confidence", $"The confidence {relationship.Confidence} is outside [0, 1]."));
        }

        if (relationship.Evidence.Count == 0)
        {
            Issues.Add(new(path + "/evidence", "A relationship needs at least one piece of evidence."));
        }

        Actor(relationship.SourceId, path + "/sourceId");
        Actor(relationship.TargetId, path + "/targetId");
        if (relationship.EventId is { } eventId && !existing.Contains("Event", eventId))
        {
            Issues.Add(new(path + "/eventId", $"Unknown event '{eventId}'."));
        }

        Evidence(relationship.Evidence, path + "/evidence");
    }

    public void Affiliation(Affiliation affiliation, string path)
    {
        if (vocabulary.Find(affiliation.Type) is not { Category: RelationshipCategory.Affiliation })
        {
            Issues.Add(new(path + "/type", $"'{affiliation.Type}' is not an affiliation type of the vocabulary."));
        }

        Actor(affiliation.MemberId, path + "/memberId");
        Actor(affiliation.OrganisationId, path + "/organisationId");
        Evidence(affiliation.Evidence, path + "/evidence");
    }

    public void Event(Event @event, string path)
    {
        for (var i = 0; i < @event.Participants.Count; i++)
        {
            Actor(@event.Participants[i].ActorId, $"{path}/participants/{i}/actorId");
        }

        Evidence(@event.Evidence, path + "/evidence");
    }

    public void Actor(string id, string path)
    {
        if (!existing.Contains("Actor", id))
        {
            Issues.Add(new(path, $"Unknown actor '{id}'."));
        }
    }

    /// <summary>A record named but absent is "not found"; any other problem is invalid input.</summary>
    public void ThrowMissingAsNotFound()
    {
        var missing = Issues.Where(i => i.Message.StartsWith("Unknown ", StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new NotFoundException(string.Join("; ", missing));
        }

        if (Issues.Count > 0)
        {
            throw new ValidationException(Issues);
        }
    }

    private void Evidence(IReadOnlyList<Evidence> evidence, string path)
    {
        for (var i = 0; i < evidence.Count; i++)
        {
            var item = evidence[i];
            if (!existing.Contains("Document", item.DocumentId))
            {
                Issues.Add(new($"{path}/{i}/documentId", $"Unknown document '{item.DocumentId}'."));
                continue;
            }

            // Documents stored earlier are not fetched again; the ones written in this call are checked here.
            if (documentsAtHand.TryGetValue(item.DocumentId, out var document) &&
                (item.Start < 0 || item.End > document.Text.Length || item.Start > item.End || document.Text[item.Start..item.End] != item.Quote))
            {
                Issues.Add(new($"{path}/{i}", $"The quote is not found at [{item.Start}, {item.End}) of document '{item.DocumentId}'."));
            }
        }
    }
}
