namespace ActorGraph.Domain.Changes;

/// <summary>What an import did: records inserted, records changed, records already stored as given.</summary>
public sealed record ImportResult(int Inserted, int Updated, int Unchanged)
{
    public int Total => Inserted + Updated + Unchanged;
}
