using ActorGraph.Domain.Ports;
using ActorGraph.Storage.Contract;

namespace ActorGraph.Storage.Neo4j.Tests.Contract;

// The shared store contract suite against a live Neo4j server (ACTORGRAPH_NEO4J_URI); skipped without one.

[LiveNeo4jContract]
[Collection(LiveNeo4j.CollectionName)]
public sealed class Neo4jActorSearchContract : ActorSearchContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => LiveNeo4j.CreateEmptyStoreAsync();
}

[LiveNeo4jContract]
[Collection(LiveNeo4j.CollectionName)]
public sealed class Neo4jChangeContract : ChangeContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => LiveNeo4j.CreateEmptyStoreAsync();
}

[LiveNeo4jContract]
[Collection(LiveNeo4j.CollectionName)]
public sealed class Neo4jEdgeContract : EdgeContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => LiveNeo4j.CreateEmptyStoreAsync();
}

[LiveNeo4jContract]
[Collection(LiveNeo4j.CollectionName)]
public sealed class Neo4jNeighbourCountContract : NeighbourCountContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => LiveNeo4j.CreateEmptyStoreAsync();
}

[LiveNeo4jContract]
[Collection(LiveNeo4j.CollectionName)]
public sealed class Neo4jErrorContract : ErrorContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => LiveNeo4j.CreateEmptyStoreAsync();
}

[LiveNeo4jContract]
[Collection(LiveNeo4j.CollectionName)]
public sealed class Neo4jImportContract : ImportContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => LiveNeo4j.CreateEmptyStoreAsync();
}

[LiveNeo4jContract]
[Collection(LiveNeo4j.CollectionName)]
public sealed class Neo4jPaginationContract : PaginationContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => LiveNeo4j.CreateEmptyStoreAsync();
}

[LiveNeo4jContract]
[Collection(LiveNeo4j.CollectionName)]
public sealed class Neo4jRelationshipSearchContract : RelationshipSearchContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => LiveNeo4j.CreateEmptyStoreAsync();
}

[LiveNeo4jContract]
[Collection(LiveNeo4j.CollectionName)]
public sealed class Neo4jStatsContract : StatsContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => LiveNeo4j.CreateEmptyStoreAsync();
}
