using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Domain.Ports;

/// <summary>
/// The narrow, batched read interface the algorithms run on. Every call takes many ids at once:
/// callers expand a whole traversal level per call, never one actor per call.
/// </summary>
public interface IGraphReader
{
    /// <summary>
    /// The edges incident to any of <paramref name="actorIds"/> that pass <paramref name="filter"/>, each once,
    /// ordered by relationship id. Merged ids are resolved to their survivor.
    /// </summary>
    Task<IReadOnlyList<Edge>> GetEdgesAsync(IReadOnlyCollection<string> actorIds, EdgeFilter filter, CancellationToken cancellationToken = default);

    /// <summary>The actors with these ids, keyed by the id asked for (a merged id maps to its survivor); unknown ids are absent.</summary>
    Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The full relationships with their evidence, keyed by id; unknown ids are absent.</summary>
    Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);
}
