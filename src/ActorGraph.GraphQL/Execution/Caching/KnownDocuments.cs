using System.Collections.Concurrent;

namespace ActorGraph.GraphQL.Execution;

/// <summary>Query texts registered ahead of time; with <see cref="GraphQLExecutorOptions.OnlyKnownDocuments"/> nothing else runs.</summary>
public sealed class KnownDocuments
{
    private readonly ConcurrentDictionary<string, string> _byHash = new(StringComparer.Ordinal);

    public void Add(string query) => _byHash[Caching.DocumentHash.Of(query)] = query;

    public bool Contains(string hash) => _byHash.ContainsKey(hash);

    public bool TryGet(string hash, out string query) => _byHash.TryGetValue(hash, out query!);
}
