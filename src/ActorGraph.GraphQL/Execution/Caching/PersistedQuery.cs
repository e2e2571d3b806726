namespace ActorGraph.GraphQL.Execution.Caching;

/// <summary>Reads <c>extensions.persistedQuery.sha256Hash</c> (Apollo's automatic persisted queries, version 1).</summary>
internal static class PersistedQuery
{
    public static string? HashOf(IReadOnlyDictionary<string, object?>? extensions) =>
        extensions is not null
        && extensions.TryGetValue("persistedQuery", out var persisted)
        && persisted is IReadOnlyDictionary<string, object?> fields
        && fields.TryGetValue("sha256Hash", out var hash)
        && hash is string text
            ? text.ToLowerInvariant()
            : null;
}
