using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Relationships;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.GraphQL.Loaders;
using ActorGraph.Server.GraphQL.Support;

namespace ActorGraph.Server.GraphQL.Resolvers;

/// <summary><c>node</c>, <c>nodes</c> and the <c>Node</c> interface over global ids.</summary>
public static class NodeResolvers
{
    public static LoggingSchemaBuilder AddNodes(this LoggingSchemaBuilder builder) => builder
        .ResolveAsync("Query.node", ctx => LoadAsync(ctx, ctx.Argument<string>("id")))
        .ResolveAsync("Query.nodes", async ctx =>
        {
            var ids = ctx.Argument<IReadOnlyList<string>>("ids");
            return (IReadOnlyList<object?>)await Task.WhenAll(ids.Select(id => LoadAsync(ctx, id).AsTask()));
        })
        .ResolveType("Node", (value, _) => value switch
        {
            Actor => GlobalId.Actor,
            Relationship => GlobalId.Relationship,
            Document => GlobalId.Document,
            Event => GlobalId.Event,
            _ => null,
        });

    private static async ValueTask<object?> LoadAsync(ResolverContext ctx, string id)
    {
        if (GlobalId.Parse(id) is not { } parsed)
        {
            throw ApiErrors.InvalidInput($"'{id}' is not a global id; write the type and the key, such as 'Actor:qatar'.");
        }

        return parsed.TypeName switch
        {
            GlobalId.Actor => await ctx.Loader<ActorLoader>().LoadAsync(parsed.Key),
            GlobalId.Relationship => await ctx.Loader<RelationshipLoader>().LoadAsync(parsed.Key),
            GlobalId.Document => await ctx.Loader<DocumentLoader>().LoadAsync(parsed.Key),
            GlobalId.Event => await ctx.Loader<EventLoader>().LoadAsync(parsed.Key),
            _ => throw ApiErrors.InvalidInput($"'{parsed.TypeName}' in '{id}' is not a type with global ids."),
        };
    }
}
