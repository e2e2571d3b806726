using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Ports;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Mapping;
using ActorGraph.Storage.Neo4j.QueryApi;
using ActorGraph.Storage.Neo4j.Schema;

namespace ActorGraph.Storage.Neo4j;

/// <summary>
/// The store port on Neo4j, spoken over the HTTP Query API v2 (Neo4j 5.26 and later, and Aura). Reads run in
/// implicit transactions, multi-statement writes in one explicit transaction; every call is batched, so a traversal
/// level costs one request whatever its width. The physical model is described in docs/neo4j.md.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore, IDisposable
{
    private readonly QueryApiClient _client;
    private readonly HttpClient? _ownedHttp;
    private readonly Neo4jStoreOptions _options;

    /// <param name="http">The client requests go through (its handler decides the transport; tests pass a fake).</param>
    /// <param name="retryDelay">How to wait between retries; <see cref="Task.Delay(TimeSpan, CancellationToken)"/> when null.</param>
    public Neo4jGraphStore(HttpClient http, Neo4jStoreOptions options, Func<TimeSpan, CancellationToken, Task>? retryDelay = null)
    {
        _options = options;
        _client = new QueryApiClient(http, options, retryDelay);
    }

    private Neo4jGraphStore(Neo4jStoreOptions options, HttpClient ownedHttp)
        : this(ownedHttp, options)
    {
        _ownedHttp = ownedHttp;
    }

    /// <summary>A store with an HTTP client of its own, released when the store is disposed.</summary>
    public static Neo4jGraphStore Create(Neo4jStoreOptions options)
    {
        options.Validate();
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            // Each request has its own timeout (Neo4jStoreOptions.RequestTimeout); this one must not cut it first.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return new Neo4jGraphStore(options, http);
    }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var applied = (await _client.RunAsync(new CypherStatement(StoreCypher.ReadSchemaVersion), cancellationToken).ConfigureAwait(false)).Scalar as long? ?? 0;
        foreach (var script in SchemaScript.Embedded.Where(s => s.Version > applied))
        {
            // Schema commands cannot share a transaction with data writes: each runs in an implicit one of its own.
            foreach (var statement in script.Statements)
            {
                await _client.RunAsync(new CypherStatement(statement), cancellationToken).ConfigureAwait(false);
            }

            await _client.RunAsync(
                new CypherStatement(StoreCypher.RecordSchemaVersion, new Dictionary<string, object?> { ["version"] = script.Version, ["script"] = script.Name }),
                cancellationToken).ConfigureAwait(false);
        }

        await _client.RunAsync(new CypherStatement(StoreCypher.AwaitIndexes, new Dictionary<string, object?> { ["timeoutSeconds"] = 300 }), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks Neo4j for its version; says why when it cannot (unreachable, credentials refused, no such database).</summary>
    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var row = (await _client.RunAsync(new CypherStatement(StoreCypher.Components), cancellationToken).ConfigureAwait(false)).Rows.FirstOrDefault();
            var version = row is null ? "unknown version" : $"{row.OptionalString("name")} {row.OptionalString("version")} {row.OptionalString("edition")}";
            return new StoreHealth(true, $"Neo4j {_client.ServerDescription} answers: {version}.");
        }
        catch (StoreUnavailableException e)
        {
            return new StoreHealth(false, e.Message);
        }
        catch (Neo4jQueryException e)
        {
            return new StoreHealth(false, $"Neo4j {_client.ServerDescription} refused the health query: {e.Message}");
        }
    }

    public void Dispose() => _ownedHttp?.Dispose();

    private Task<QueryResult> ReadAsync(string text, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        _client.RunAsync(new CypherStatement(text, parameters), cancellationToken);

    private static List<string> Distinct(IEnumerable<string> ids) => [.. ids.Distinct(StringComparer.Ordinal)];
}
