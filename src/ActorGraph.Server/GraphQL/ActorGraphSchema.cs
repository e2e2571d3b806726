using ActorGraph.Domain.Ports;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.GraphQL.Loaders;
using ActorGraph.Server.GraphQL.Mutations;
using ActorGraph.Server.GraphQL.Resolvers;
using ActorGraph.Server.GraphQL.Support;

namespace ActorGraph.Server.GraphQL;

/// <summary>The executable ActorGraph schema: <c>schema/actorgraph.graphql</c> with its resolvers, scalars and loaders.</summary>
public static class ActorGraphSchema
{
    public static ExecutableSchema Build(string sdl) => new LoggingSchemaBuilder(new ExecutableSchemaBuilder(sdl))
        .AddScalars()
        .AddLoaders()
        .AddNodes()
        .AddActorQueries()
        .AddActorFields()
        .AddRelationships()
        .AddDocuments()
        .AddEvents()
        .AddAlgorithms()
        .AddMeta()
        .AddActorMutations()
        .AddEvidenceMutations()
        .AddImportMutation()
        .Build();

    private static LoggingSchemaBuilder AddLoaders(this LoggingSchemaBuilder builder) => builder
        .AddLoader(request => new ActorLoader(Store(request)))
        .AddLoader(request => new RelationshipLoader(Store(request)))
        .AddLoader(request => new DocumentLoader(Store(request)))
        .AddLoader(request => new EventLoader(Store(request)))
        .AddLoader(request => new EdgesByActorLoader(Store(request)))
        .AddLoader(request => new AffiliationsByActorLoader(Store(request)))
        .AddLoader(request => new EventsByActorLoader(Store(request)))
        .AddLoader(request => new HistoryByActorLoader(Store(request)))
        .AddLoader(request => new RelationshipsCitingLoader(Store(request)))
        .AddLoader(request => new StatsLoader(Store(request)));

    private static IGraphStore Store(GraphQLRequestContext request) => request.Services.GetRequiredService<IGraphStore>();
}
