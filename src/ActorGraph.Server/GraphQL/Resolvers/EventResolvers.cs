using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Ports;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.GraphQL.Inputs;
using ActorGraph.Server.GraphQL.Loaders;
using ActorGraph.Server.GraphQL.Support;
using ActorGraph.Server.GraphQL.Views;

namespace ActorGraph.Server.GraphQL.Resolvers;

/// <summary><c>event</c>, <c>events</c> and the fields of <c>Event</c>, <c>Participant</c> and <c>Affiliation</c>.</summary>
public static class EventResolvers
{
    public static LoggingSchemaBuilder AddEvents(this LoggingSchemaBuilder builder) => builder
        .ResolveAsync("Query.event", async ctx =>
            await ctx.Loader<EventLoader>().LoadAsync(GlobalId.KeyOf(ctx.Argument<string>("id"), GlobalId.Event, "id")))
        .ResolveAsync("Query.events", async ctx =>
        {
            var participants = ctx.Argument<IReadOnlyList<string>?>("participants") is { Count: > 0 } ids
                ? await ctx.RequireActorsAsync(ids, "participants")
                : null;
            var query = new EventQuery { ParticipantIds = participants, Window = FilterMapping.Window(ctx.Argument<DateWindowInput?>("window")) };
            return await Paging.FromStoreAsync(
                page => ctx.Store().FindEventsAsync(query with { Page = page }, ctx.CancellationToken),
                ctx.Argument<int>("first"),
                ctx.Argument<string?>("after"));
        })
        .BindType<Event>("Event")
        .Resolve("Event.id", ctx => GlobalId.Of(GlobalId.Event, ctx.Parent<Event>().Id))
        .Resolve("Event.key", ctx => ctx.Parent<Event>().Id)
        .Resolve("Event.period", ctx => PeriodView.Of(ctx.Parent<Event>().Date))
        .ResolveAsync("Event.relationships", async ctx =>
        {
            var query = new RelationshipQuery { EventId = ctx.Parent<Event>().Id };
            return await Paging.FromStoreAsync(
                page => ctx.Store().FindRelationshipsAsync(query with { Page = page }, ctx.CancellationToken),
                ctx.Argument<int>("first"),
                ctx.Argument<string?>("after"));
        })
        .BindType<EventParticipant>("Participant")
        .ResolveAsync("Participant.actor", async ctx => await ctx.Loader<ActorLoader>().LoadAsync(ctx.Parent<EventParticipant>().ActorId))
        .BindType<Affiliation>("Affiliation")
        .Resolve("Affiliation.key", ctx => ctx.Parent<Affiliation>().Id)
        .ResolveAsync("Affiliation.member", async ctx => await ctx.Loader<ActorLoader>().LoadAsync(ctx.Parent<Affiliation>().MemberId))
        .ResolveAsync("Affiliation.organisation", async ctx => await ctx.Loader<ActorLoader>().LoadAsync(ctx.Parent<Affiliation>().OrganisationId));
}
