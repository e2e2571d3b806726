namespace ActorGraph.Domain.Validation;

/// <summary>Every actor and event a record names exists, in the batch or in the store.</summary>
internal static class ReferenceRules
{
    public static void Check(ValidationScope scope)
    {
        var batch = scope.Batch;
        for (var i = 0; i < batch.Relationships.Count; i++)
        {
            var relationship = batch.Relationships[i];
            RequireActor(scope, $"relationships[{i}].source", relationship.SourceId);
            RequireActor(scope, $"relationships[{i}].target", relationship.TargetId);
            if (relationship.EventId is { } eventId && !scope.EventExists(eventId))
            {
                scope.Add($"relationships[{i}].event", $"Unknown event '{eventId}'.");
            }
        }

        for (var i = 0; i < batch.Affiliations.Count; i++)
        {
            RequireActor(scope, $"affiliations[{i}].member", batch.Affiliations[i].MemberId);
            RequireActor(scope, $"affiliations[{i}].organisation", batch.Affiliations[i].OrganisationId);
        }

        for (var i = 0; i < batch.Events.Count; i++)
        {
            var participants = batch.Events[i].Participants;
            for (var j = 0; j < participants.Count; j++)
            {
                RequireActor(scope, $"events[{i}].participants[{j}].actor", participants[j].ActorId);
            }
        }
    }

    private static void RequireActor(ValidationScope scope, string path, string actorId)
    {
        if (!scope.ActorExists(actorId))
        {
            scope.Add(path, $"Unknown actor '{actorId}'.");
        }
    }
}
