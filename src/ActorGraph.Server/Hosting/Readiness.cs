namespace ActorGraph.Server.Hosting;

/// <summary>What start-up has finished, for <c>/readyz</c>.</summary>
public sealed class Readiness
{
    public volatile bool StoreInitialized;

    public volatile bool SchemaLoaded;
}
