namespace ActorGraph.Storage.Neo4j.Tests.Fakes;

/// <summary>Stores wired to a fake handler, with retries that do not sleep.</summary>
public static class StoreFactory
{
    public static Neo4jStoreOptions Options(Action<Neo4jStoreOptions>? change = null)
    {
        var options = new Neo4jStoreOptions { BaseUri = new Uri("http://neo4j.test:7474"), Username = "neo4j", Password = "verysecret" };
        change?.Invoke(options);
        return options;
    }

    public static (Neo4jGraphStore Store, List<TimeSpan> Delays) Create(HttpMessageHandler handler, Neo4jStoreOptions? options = null)
    {
        var delays = new List<TimeSpan>();
        var store = new Neo4jGraphStore(new HttpClient(handler), options ?? Options(), (delay, _) =>
        {
            delays.Add(delay);
            return Task.CompletedTask;
        });
        return (store, delays);
    }
}
