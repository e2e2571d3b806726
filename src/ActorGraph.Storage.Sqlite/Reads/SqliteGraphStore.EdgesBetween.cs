using ActorGraph.Domain.Ports;
using ActorGraph.Storage.Sqlite.Reads;

namespace ActorGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<Edge>> GetEdgesBetweenAsync(
        IReadOnlyCollection<string> actorIds, IReadOnlyCollection<string> otherIds, EdgeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentNullException.ThrowIfNull(otherIds);
        ArgumentNullException.ThrowIfNull(filter);
        return ReadAsync<IReadOnlyList<Edge>>(session => EdgeReads.Between(session, actorIds, otherIds, filter), cancellationToken);
    }
}
