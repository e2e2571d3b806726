using ActorGraph.Domain.Ports;
using ActorGraph.Storage.Sqlite.Reads;

namespace ActorGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<NeighbourCounts> CountNeighboursAsync(
        IReadOnlyCollection<string> actorIds, IReadOnlyCollection<string> excluded, EdgeFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentNullException.ThrowIfNull(excluded);
        ArgumentNullException.ThrowIfNull(filter);
        return ReadAsync(session => NeighbourCountReads.Around(session, actorIds, excluded, filter, limit), cancellationToken);
    }
}
