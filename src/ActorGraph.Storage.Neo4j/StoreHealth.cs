namespace ActorGraph.Storage.Neo4j;

/// <summary>What <c>/readyz</c> reports about Neo4j: whether it answers, and if not why (unreachable, credentials refused, ...).</summary>
public sealed record StoreHealth(bool IsHealthy, string Description);
