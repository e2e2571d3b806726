using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Ports;

namespace ActorGraph.Algorithms.Traversal;

/// <summary>Resolves the actor ids a request names (a merged id resolves to its survivor) in one store call.</summary>
internal static class ActorLookup
{
    /// <exception cref="NotFoundException">One of the ids names no actor.</exception>
    public static async Task<IReadOnlyDictionary<string, Actor>> RequireAsync(IGraphReader reader, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var actors = await reader.GetActorsAsync(ids, cancellationToken).ConfigureAwait(false);
        var unknown = ids.Where(id => !actors.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        return unknown.Count switch
        {
            0 => actors,
            1 => throw new NotFoundException($"There is no actor '{unknown[0]}'."),
            _ => throw new NotFoundException($"There are no actors {string.Join(", ", unknown.Select(id => $"'{id}'"))}."),
        };
    }
}
