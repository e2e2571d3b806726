using ActorGraph.Storage.Neo4j.Mapping;
using ActorGraph.Storage.Neo4j.QueryApi;

namespace ActorGraph.Storage.Neo4j.Writes;

/// <summary>The records a write names that the store already holds, with their import fingerprints.</summary>
internal sealed class ExistingRecords
{
    private readonly Dictionary<(string Label, string Id), (string? Fingerprint, string? MergedInto)> _records = [];

    public static ExistingRecords From(QueryResult result)
    {
        var existing = new ExistingRecords();
        foreach (var row in result.Rows)
        {
            existing._records[(row.String("label"), row.String("id"))] = (row.OptionalString("fingerprint"), row.OptionalString("mergedInto"));
        }

        return existing;
    }

    public bool Contains(string label, string id) => _records.ContainsKey((label, id));

    public string? FingerprintOf(string label, string id) => _records.TryGetValue((label, id), out var record) ? record.Fingerprint : null;

    public string? MergedInto(string id) => _records.TryGetValue(("Actor", id), out var record) ? record.MergedInto : null;

    /// <summary>Records a write of this transaction, so later changes of the same call may name it.</summary>
    public void Add(string label, string id, string? fingerprint) => _records[(label, id)] = (fingerprint, MergedInto(id));

    public void SetMergedInto(string id, string? survivor) => _records[("Actor", id)] = (FingerprintOf("Actor", id), survivor);
}
