using ActorGraph.Domain.Ports;
using ActorGraph.Storage.Neo4j.QueryApi;

namespace ActorGraph.Storage.Neo4j.Tests.Contract;

/// <summary>
/// The Neo4j server the live contract suite runs against, named by <c>ACTORGRAPH_NEO4J_URI</c> (and friends).
/// Every test starts from an empty database: the suite deletes everything in the configured database, so point it
/// at a disposable one.
/// </summary>
public static class LiveNeo4j
{
    public const string CollectionName = "Live Neo4j server";

    /// <summary>Empties the database but keeps its schema version, so that start-up does not apply the scripts again.</summary>
    public const string DeleteEverything = """
        MATCH (n)
        WHERE NOT n:SchemaVersion
        CALL (n) {
          DETACH DELETE n
        } IN TRANSACTIONS OF 1000 ROWS
        """;

    private static readonly HttpClient Http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public static string? SkipReason { get; } = Neo4jStoreOptions.FromEnvironment() is null
        ? "ACTORGRAPH_NEO4J_URI is not set: the live Neo4j contract suite needs a Neo4j 5.26+ server; see README 'Running on Neo4j'"
        : null;

    /// <summary>A store on the configured server, emptied first (CALL IN TRANSACTIONS needs the implicit endpoint).</summary>
    public static async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var options = Neo4jStoreOptions.FromEnvironment() ?? throw new InvalidOperationException(SkipReason);
        await new QueryApiClient(Http, options).RunAsync(new CypherStatement(DeleteEverything), CancellationToken.None);
        return new Neo4jGraphStore(Http, options);
    }
}

/// <summary>Marks a contract class that needs the live server: skipped, with the reason, when none is configured.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LiveNeo4jContractAttribute : Attribute;

/// <summary>The live contract classes share one database, so they run one after another.</summary>
[CollectionDefinition(LiveNeo4j.CollectionName, DisableParallelization = true)]
public sealed class LiveNeo4jCollection;
