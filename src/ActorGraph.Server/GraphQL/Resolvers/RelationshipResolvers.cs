using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.GraphQL.Inputs;
using ActorGraph.Server.GraphQL.Loaders;
using ActorGraph.Server.GraphQL.Support;
using ActorGraph.Server.GraphQL.Views;

namespace ActorGraph.Server.GraphQL.Resolvers;

/// <summary><c>relationship</c>, <c>relationships</c> and the fields of <c>Relationship</c>, <c>Evidence</c>, <c>Period</c>, <c>Retraction</c>.</summary>
public static class RelationshipResolvers
{
    public const int MaxContextChars = 2000;

    public static LoggingSchemaBuilder AddRelationships(this LoggingSchemaBuilder builder) => builder
        .ResolveAsync("Query.relationship", async ctx =>
            await ctx.Loader<RelationshipLoader>().LoadAsync(GlobalId.KeyOf(ctx.Argument<string>("id"), GlobalId.Relationship, "id")))
        .ResolveAsync("Query.relationships", async ctx =>
        {
            var query = await QueryAsync(ctx, ctx.Argument<RelationshipFilterInput?>("filter") ?? new RelationshipFilterInput());
            return await Paging.FromStoreAsync(
                page => ctx.Store().FindRelationshipsAsync(query with { Page = page }, ctx.CancellationToken),
                ctx.Argument<int>("first"),
                ctx.Argument<string?>("after"));
        })
        .BindType<Relationship>("Relationship")
        .Resolve("Relationship.id", ctx => GlobalId.Of(GlobalId.Relationship, ctx.Parent<Relationship>().Id))
        .Resolve("Relationship.key", ctx => ctx.Parent<Relationship>().Id)
        .Resolve("Relationship.typeInfo", ctx => ctx.Vocabulary().Get(ctx.Parent<Relationship>().Type))
        .ResolveAsync("Relationship.label", async ctx =>
        {
            var relationship = ctx.Parent<Relationship>();
            var ends = await ctx.Loader<ActorLoader>().LoadManyAsync([relationship.SourceId, relationship.TargetId]);
            return $"{ends[0]?.Name ?? relationship.SourceId} {ctx.Vocabulary().Get(relationship.Type).Label} {ends[1]?.Name ?? relationship.TargetId}";
        })
        .ResolveAsync("Relationship.source", async ctx => await ctx.Loader<ActorLoader>().LoadAsync(ctx.Parent<Relationship>().SourceId))
        .ResolveAsync("Relationship.target", async ctx => await ctx.Loader<ActorLoader>().LoadAsync(ctx.Parent<Relationship>().TargetId))
        .Resolve("Relationship.period", ctx => PeriodView.Of(ctx.Parent<Relationship>().Date))
        .ResolveAsync("Relationship.event", async ctx =>
            ctx.Parent<Relationship>().EventId is { } id ? await ctx.Loader<EventLoader>().LoadAsync(id) : null)
        .Resolve("Relationship.evidenceCount", ctx => ctx.Parent<Relationship>().Evidence.Count)
        .BindType<PeriodView>("Period")
        .BindType<Retraction>("Retraction")
        .BindType<Evidence>("Evidence")
        .ResolveAsync("Evidence.document", async ctx => await ctx.Loader<DocumentLoader>().LoadAsync(ctx.Parent<Evidence>().DocumentId))
        .ResolveAsync("Evidence.context", async ctx =>
        {
            var chars = ctx.Argument<int>("chars");
            if (chars is < 0 or > MaxContextChars)
            {
                throw ApiErrors.InvalidInput($"'chars' must be between 0 and {MaxContextChars}; it is {chars}.");
            }

            var evidence = ctx.Parent<Evidence>();
            var text = (await ctx.Loader<DocumentLoader>().LoadAsync(evidence.DocumentId))?.Text ?? evidence.Quote;
            var start = Math.Max(0, evidence.Start - chars);
            var end = Math.Min(text.Length, evidence.End + chars);
            return start < end ? text[start..end] : evidence.Quote;
        });

    /// <summary>The store query for a <c>RelationshipFilter</c>; unknown actors are <c>NOT_FOUND</c>.</summary>
    public static async Task<RelationshipQuery> QueryAsync(ResolverContext ctx, RelationshipFilterInput filter)
    {
        var order = ctx.Argument<OrderInput?>("orderBy");
        return new RelationshipQuery
        {
            Filter = FilterMapping.Edges(filter.Edges, ctx.Vocabulary()),
            ActorIds = filter.Actors is { Count: > 0 } actors ? await ctx.RequireActorsAsync(actors, "actors") : null,
            CounterpartIds = filter.Counterparts is { Count: > 0 } counterparts ? await ctx.RequireActorsAsync(counterparts, "counterparts") : null,
            EventId = filter.Event is null ? null : GlobalId.KeyOf(filter.Event, GlobalId.Event, "event"),
            OrderBy = order?.Field switch
            {
                null or "DATE" => RelationshipOrder.Date,
                "REPORTED_ON" => RelationshipOrder.ReportedOn,
                "CONFIDENCE" => RelationshipOrder.Confidence,
                _ => RelationshipOrder.Id,
            },
            Direction = order?.Direction == "DESC" ? SortDirection.Descending : SortDirection.Ascending,
        };
    }
}
