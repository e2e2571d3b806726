using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;

namespace ActorGraph.Domain.Validation;

/// <summary>
/// Dates that cannot be true: something a document already calls completed or ongoing cannot start after the
/// document appeared, and a claim cannot be first reported after a document that reports it was published.
/// </summary>
internal static class DateRules
{
    public static void Check(ValidationScope scope)
    {
        var batch = scope.Batch;
        for (var i = 0; i < batch.Relationships.Count; i++)
        {
            var r = batch.Relationships[i];
            var firstReport = EarliestPublication(scope, r.Evidence);
            if (firstReport is { } published && r.ReportedOn > published.Day)
            {
                scope.Add($"relationships[{i}].reportedOn", $"Reported on {r.ReportedOn:yyyy-MM-dd}, but document '{published.DocumentId}' reporting it was published on {published.Day:yyyy-MM-dd}.");
            }

            CheckHappened(scope, $"relationships[{i}].date", r.Date, r.Modality, firstReport);
        }

        for (var i = 0; i < batch.Events.Count; i++)
        {
            var e = batch.Events[i];
            CheckHappened(scope, $"events[{i}].date", e.Date, e.Modality, EarliestPublication(scope, e.Evidence));
        }
    }

    private static void CheckHappened(ValidationScope scope, string path, FuzzyDate? date, Modality modality, Publication? firstReport)
    {
        if (date is { } when && modality is Modality.Completed or Modality.Ongoing && firstReport is { } published && when.Start > published.Day)
        {
            var name = modality == Modality.Completed ? "completed" : "ongoing";
            scope.Add(path, $"Called {name}, but the date {when} starts after document '{published.DocumentId}' saying so was published ({published.Day:yyyy-MM-dd}); a future date needs the modality planned.");
        }
    }

    private static Publication? EarliestPublication(ValidationScope scope, IEnumerable<Evidence> evidence) =>
        evidence
            .Select(e => scope.FindDocument(e.DocumentId))
            .OfType<Document>()
            .Select(d => new Publication(d.Id, d.PublishedOn))
            .MinBy(p => p.Day);

    private sealed record Publication(string DocumentId, DateOnly Day);
}
