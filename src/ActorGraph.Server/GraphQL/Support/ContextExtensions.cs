using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Vocabulary;
using ActorGraph.GraphQL.Execution;

namespace ActorGraph.Server.GraphQL.Support;

/// <summary>Shortcuts to the services resolvers use.</summary>
public static class ContextExtensions
{
    public static IGraphStore Store(this ResolverContext context) => context.Service<IGraphStore>();

    public static RelationshipVocabulary Vocabulary(this ResolverContext context) => context.Service<RelationshipVocabulary>();

    /// <summary>
    /// The actors named by an argument, resolved to their current keys (a merged key to its survivor) with one
    /// store call; an unknown one is a <c>NOT_FOUND</c> error naming it.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RequireActorsAsync(this ResolverContext context, IEnumerable<string> ids, string argument)
    {
        var keys = GlobalId.KeysOf(ids, GlobalId.Actor, argument);
        var found = await context.Store().GetActorsAsync(keys, context.CancellationToken);
        var missing = keys.Where(k => !found.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw ApiErrors.NotFound($"No actor with key {string.Join(", ", missing.Select(m => $"'{m}'"))} ('{argument}').");
        }

        return [.. keys.Select(k => found[k].Id).Distinct(StringComparer.Ordinal)];
    }

    public static async Task<string> RequireActorAsync(this ResolverContext context, string id, string argument) =>
        (await context.RequireActorsAsync([id], argument))[0];
}
