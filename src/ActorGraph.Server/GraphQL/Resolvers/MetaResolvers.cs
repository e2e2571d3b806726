using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Relationships;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.Auth;
using ActorGraph.Server.GraphQL.Loaders;
using ActorGraph.Server.GraphQL.Support;
using ActorGraph.Server.GraphQL.Views;

namespace ActorGraph.Server.GraphQL.Resolvers;

/// <summary><c>vocabulary</c>, <c>stats</c>, <c>changes</c>, <c>viewer</c> and the connection types.</summary>
public static class MetaResolvers
{
    public const int MaxChanges = 1000;

    public static LoggingSchemaBuilder AddMeta(this LoggingSchemaBuilder builder) => builder
        .Resolve("Query.vocabulary", ctx =>
        {
            var category = ctx.HasArgument("category") ? ctx.Argument<RelationshipCategory?>("category") : null;
            return (IReadOnlyList<RelationshipType>)[.. ctx.Vocabulary().All.Where(t => category is null || t.Category == category)];
        })
        .BindType<RelationshipType>("RelationshipType")
        .ResolveAsync("RelationshipType.count", async ctx =>
            (await ctx.Loader<StatsLoader>().LoadAsync())?.RelationshipsByType.GetValueOrDefault(ctx.Parent<RelationshipType>().Code) ?? 0)
        .ResolveAsync("Query.stats", async ctx =>
        {
            var stats = (await ctx.Loader<StatsLoader>().LoadAsync())!;
            return new StatsView(
                stats.Actors,
                stats.Relationships,
                stats.Evidence,
                stats.Documents,
                stats.Events,
                stats.Affiliations,
                [.. stats.RelationshipsByType.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => new TypeCountView(p.Key, p.Value))],
                stats.EarliestDate,
                stats.LatestDate);
        })
        .BindType<StatsView>("Stats")
        .BindType<TypeCountView>("TypeCount")
        .ResolveAsync("Query.changes", async ctx =>
        {
            var first = ctx.Argument<int>("first");
            if (first is < 1 or > MaxChanges)
            {
                throw ApiErrors.InvalidInput($"'first' must be between 1 and {MaxChanges}; it is {first}.");
            }

            var actor = ctx.Argument<string?>("actor") is { } id ? GlobalId.KeyOf(id, GlobalId.Actor, "actor") : null;
            return await ctx.Store().GetChangesAsync(Dates.Instant(ctx.Argument<string?>("since"), "since"), actor, first, ctx.CancellationToken);
        })
        .BindType<ChangeRecord>("Change")
        .Resolve("Query.viewer", ctx => new ViewerView(Caller.Name(ctx.User), Caller.RoleOf(ctx.User)))
        .BindType<ViewerView>("Viewer")
        .BindType<PageInfo>("PageInfo")
        .BindConnection<Actor>("Actor")
        .BindConnection<Relationship>("Relationship")
        .BindConnection<Event>("Event")
        .BindConnection<Document>("Document");

    private static LoggingSchemaBuilder BindConnection<T>(this LoggingSchemaBuilder builder, string typeName) => builder
        .BindType<Connection<T>>(typeName + "Connection")
        .BindType<ConnectionEdge<T>>(typeName + "Edge");
}
