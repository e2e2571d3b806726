using ActorGraph.Domain.Changes;

namespace ActorGraph.Storage.Neo4j.Writes;

/// <summary>Sorts imported records into inserted, updated and unchanged by their fingerprints, auditing the first two.</summary>
internal sealed class ImportOutcome(ExistingRecords existing, GraphWriter writer)
{
    private int _inserted;
    private int _updated;
    private int _unchanged;

    public ImportResult Result => new(_inserted, _updated, _unchanged);

    /// <summary>The rows to write: the records that are new or differ from what is stored.</summary>
    public List<Dictionary<string, object?>> Changed<T>(
        string label, string entityKind, IEnumerable<T> records, Func<T, string> id, Func<T, Dictionary<string, object?>> row, Func<T, IEnumerable<string>> actorIds)
    {
        var rows = new List<Dictionary<string, object?>>();
        foreach (var record in records)
        {
            var values = row(record);
            var fingerprint = (string)(values.TryGetValue("fingerprint", out var f) ? f : ((Dictionary<string, object?>)values["properties"]!)["fingerprint"])!;
            var stored = existing.Contains(label, id(record));
            if (stored && existing.FingerprintOf(label, id(record)) == fingerprint)
            {
                _unchanged++;
                continue;
            }

            if (stored)
            {
                _updated++;
            }
            else
            {
                _inserted++;
            }

            existing.Add(label, id(record), fingerprint);
            writer.Audit(stored ? "Update" : "Insert", entityKind, id(record), actorIds(record));
            rows.Add(values);
        }

        return rows;
    }
}
