using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Validation;

namespace ActorGraph.Domain.Import;

/// <summary>A relationship that gives no <c>reportedOn</c> was reported when its earliest evidence document was published.</summary>
internal static class ReportedOnDefaults
{
    public static GraphBatch Apply(GraphBatch batch, IReadOnlyList<int> relationshipsWithout, IKnownRecords known)
    {
        if (relationshipsWithout.Count == 0)
        {
            return batch;
        }

        var documents = batch.Documents.DistinctBy(d => d.Id, StringComparer.Ordinal).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var relationships = batch.Relationships.ToArray();
        foreach (var index in relationshipsWithout)
        {
            var earliest = relationships[index].Evidence
                .Select(e => documents.GetValueOrDefault(e.DocumentId) ?? known.FindDocument(e.DocumentId))
                .OfType<Document>()
                .Select(d => (DateOnly?)d.PublishedOn)
                .Min();

            // Without a known evidence document the validator reports the claim; the placeholder day never leaves the loader.
            if (earliest is { } day)
            {
                relationships[index] = relationships[index] with { ReportedOn = day };
            }
        }

        return batch with { Relationships = relationships };
    }
}
