using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.GraphQL.Inputs;
using ActorGraph.Server.GraphQL.Loaders;
using ActorGraph.Server.GraphQL.Support;
using ActorGraph.Server.GraphQL.Views;

namespace ActorGraph.Server.GraphQL.Resolvers;

/// <summary>
/// The fields of <c>Actor</c>. Everything derived from an actor's relationships reads its edges through
/// <see cref="EdgesByActorLoader"/>, so a list of many actors costs one edge query per filter, not one per actor.
/// </summary>
public static class ActorFields
{
    public const int HistoryLimit = 1000;

    public static LoggingSchemaBuilder AddActorFields(this LoggingSchemaBuilder builder) => builder
        .BindType<Actor>("Actor")
        .Resolve("Actor.id", ctx => GlobalId.Of(GlobalId.Actor, ctx.Parent<Actor>().Id))
        .Resolve("Actor.key", ctx => ctx.Parent<Actor>().Id)
        .Resolve("Actor.externalIds", ctx => (IReadOnlyList<ExternalIdView>)[.. ctx.Parent<Actor>().ExternalIds
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new ExternalIdView(p.Key, p.Value))])
        .BindType<ExternalIdView>("ExternalId")
        .ResolveAsync("Actor.relationships", async ctx =>
        {
            var filter = FilterMapping.Edges(
                new EdgeFilterInput(
                    ctx.Argument<IReadOnlyList<string>?>("types"),
                    ctx.Argument<Direction>("direction"),
                    ctx.Argument<DateWindowInput?>("window"),
                    ctx.Argument<IReadOnlyList<Modality>?>("modalities"),
                    ctx.Argument<double>("minConfidence"),
                    null,
                    ctx.Argument<bool>("includeRetracted")),
                ctx.Vocabulary());
            var edges = await EdgesAsync(ctx, filter);
            if (ctx.Argument<IReadOnlyList<string>?>("counterparts") is { Count: > 0 } counterparts)
            {
                var keep = (await ctx.RequireActorsAsync(counterparts, "counterparts")).ToHashSet(StringComparer.Ordinal);
                var self = ctx.Parent<Actor>().Id;
                edges = [.. edges.Where(e => keep.Contains(e.OtherEnd(self)))];
            }

            return await RelationshipPageAsync(ctx, edges);
        })
        .ResolveAsync("Actor.counterparts", async ctx =>
        {
            var filter = FilterMapping.Edges(
                new EdgeFilterInput(ctx.Argument<IReadOnlyList<string>?>("types"), ctx.Argument<Direction>("direction"), ctx.Argument<DateWindowInput?>("window")),
                ctx.Vocabulary());
            var self = ctx.Parent<Actor>().Id;
            var order = ctx.Vocabulary().All.Select((t, i) => (t.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
            return (IReadOnlyList<CounterpartView>)[.. (await EdgesAsync(ctx, filter))
                .GroupBy(e => e.OtherEnd(self), StringComparer.Ordinal)
                .Select(g => new CounterpartView(
                    g.Key,
                    g.Count(),
                    g.Sum(e => e.EvidenceCount),
                    [.. g.Select(e => e.Type).Distinct(StringComparer.Ordinal).OrderBy(t => order.GetValueOrDefault(t, int.MaxValue))],
                    g.Min(e => e.EffectiveDate),
                    g.Max(e => e.EffectiveDate)))
                .OrderByDescending(c => c.RelationshipCount)
                .ThenBy(c => c.ActorId, StringComparer.Ordinal)];
        })
        .BindType<CounterpartView>("Counterpart")
        .ResolveAsync("Counterpart.actor", async ctx => await ctx.Loader<ActorLoader>().LoadAsync(ctx.Parent<CounterpartView>().ActorId))
        .ResolveAsync("Actor.mediations", async ctx =>
        {
            var filter = new EdgeFilter
            {
                Types = new HashSet<string>([ActorQueries.Mediates], StringComparer.Ordinal),
                Direction = ctx.Argument<string>("role") switch
                {
                    "MEDIATOR" => Direction.Out,
                    "PARTY" => Direction.In,
                    _ => Direction.Any,
                },
                Window = FilterMapping.Window(ctx.Argument<DateWindowInput?>("window")),
            };
            return await RelationshipPageAsync(ctx, await EdgesAsync(ctx, filter));
        })
        .ResolveAsync("Actor.affiliations", async ctx =>
        {
            var actor = ctx.Parent<Actor>().Id;
            var side = ctx.Argument<string>("side");
            var all = await ctx.Loader<AffiliationsByActorLoader>().LoadAsync(actor) ?? [];
            return (IReadOnlyList<Affiliation>)[.. all.Where(a =>
                side == "ANY" || (side == "MEMBER" ? a.MemberId == actor : a.OrganisationId == actor))];
        })
        .ResolveAsync("Actor.events", async ctx =>
        {
            var actor = ctx.Parent<Actor>().Id;
            var role = ctx.HasArgument("role") ? ctx.Argument<ParticipantRole?>("role") : null;
            var window = FilterMapping.Window(ctx.Argument<DateWindowInput?>("window"));
            var all = await ctx.Loader<EventsByActorLoader>().LoadAsync(actor) ?? [];
            return (IReadOnlyList<Event>)[.. all.Where(e =>
                (role is null || e.Participants.Any(p => p.ActorId == actor && p.Role == role))
                && (window.IsUnbounded || (e.Date is { } date && date.Overlaps(window))))];
        })
        .ResolveAsync("Actor.firstSeen", async ctx => (await EdgesAsync(ctx, EdgeFilter.All)).Select(e => (DateOnly?)e.EffectiveDate).Min())
        .ResolveAsync("Actor.lastSeen", async ctx => (await EdgesAsync(ctx, EdgeFilter.All)).Select(e => (DateOnly?)e.EffectiveDate).Max())
        .ResolveAsync("Actor.degree", async ctx => (await EdgesAsync(ctx, EdgeFilter.All)).Count)
        .ResolveAsync("Actor.history", async ctx =>
            await ctx.Loader<HistoryByActorLoader>().LoadAsync(ctx.Parent<Actor>().Id) ?? []);

    private static async Task<IReadOnlyList<Edge>> EdgesAsync(ResolverContext ctx, EdgeFilter filter) =>
        await ctx.Loader<EdgesByActorLoader>().LoadAsync(ctx.Parent<Actor>().Id, filter) ?? [];

    /// <summary>The page of relationships the arguments <c>first</c> and <c>after</c> ask for, loaded in one batch.</summary>
    public static async Task<Connection<Relationship>> RelationshipPageAsync(ResolverContext ctx, IReadOnlyList<Edge> edges)
    {
        var (start, length) = Paging.Slice(edges.Count, ctx.Argument<int>("first"), ctx.Argument<string?>("after"));
        var loaded = await ctx.Loader<RelationshipLoader>().LoadManyAsync(edges.Skip(start).Take(length).Select(e => e.RelationshipId));
        return Paging.InMemory([.. loaded.OfType<Relationship>()], start, edges.Count);
    }
}
