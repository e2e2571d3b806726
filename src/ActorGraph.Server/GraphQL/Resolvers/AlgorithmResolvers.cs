using ActorGraph.Algorithms.Brokers;
using ActorGraph.Algorithms.Neighbourhoods;
using ActorGraph.Algorithms.Paths;
using ActorGraph.Algorithms.RollUp;
using ActorGraph.Algorithms.Timelines;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.GraphQL.Inputs;
using ActorGraph.Server.GraphQL.Loaders;
using ActorGraph.Server.GraphQL.Support;
using ActorGraph.Server.GraphQL.Views;

namespace ActorGraph.Server.GraphQL.Resolvers;

/// <summary><c>paths</c>, <c>neighbourhood</c>, <c>brokers</c> and <c>timeline</c>, over the graph algorithms.</summary>
public static class AlgorithmResolvers
{
    public static LoggingSchemaBuilder AddAlgorithms(this LoggingSchemaBuilder builder) => builder
        .ResolveAsync("Query.paths", ctx => ApiErrors.Translate(async () =>
        {
            var ends = new[] { GlobalId.KeyOf(ctx.Argument<string>("from"), GlobalId.Actor, "from"), GlobalId.KeyOf(ctx.Argument<string>("to"), GlobalId.Actor, "to") };
            var (reader, ids) = await GraphViewAsync(ctx, ends);
            var query = new PathQuery
            {
                FromId = ids[0],
                ToId = ids[1],
                Filter = EdgeFilterOf(ctx, ctx.Argument<Direction>("direction")),
                MaxLength = ctx.Argument<int>("maxLength"),
                Limit = ctx.Argument<int>("limit"),
                TimeRespecting = ctx.Argument<bool>("timeRespecting"),
            };
            var finder = reader is null ? ctx.Service<PathFinder>() : new PathFinder(reader, ctx.Vocabulary());
            return PathSearchView.Of(await finder.FindAsync(query, ctx.CancellationToken));
        }))
        .BindType<PathSearchView>("PathSearch")
        .BindType<PathView>("Path")
        .BindType<PathStepView>("PathStep")
        .ResolveAsync("Query.neighbourhood", ctx => ApiErrors.Translate(() => ctx.Service<NeighbourhoodExplorer>().ExploreAsync(
            new NeighbourhoodQuery
            {
                SeedIds = GlobalId.KeysOf(ctx.Argument<IReadOnlyList<string>>("ids"), GlobalId.Actor, "ids"),
                Depth = ctx.Argument<int>("depth"),
                Filter = FilterMapping.Edges(ctx.Argument<EdgeFilterInput?>("filter"), ctx.Vocabulary()),
                NodeCap = ctx.Argument<int>("limit"),
            },
            ctx.CancellationToken)))
        .BindType<NeighbourhoodResult>("Neighbourhood")
        .BindType<SubgraphNode>("GraphNode")
        .Resolve("GraphNode.depth", ctx => ctx.Parent<SubgraphNode>().Distance)
        .ResolveAsync("GraphNode.actor", async ctx => await ctx.Loader<ActorLoader>().LoadAsync(ctx.Parent<SubgraphNode>().Id))
        .BindType<SubgraphEdge>("GraphEdge")
        .Resolve("GraphEdge.source", ctx => ctx.Parent<SubgraphEdge>().SourceId)
        .Resolve("GraphEdge.target", ctx => ctx.Parent<SubgraphEdge>().TargetId)
        .Resolve("GraphEdge.start", ctx => ctx.Parent<SubgraphEdge>().Date?.Start ?? ctx.Parent<SubgraphEdge>().ReportedOn)
        .Resolve("GraphEdge.end", ctx => ctx.Parent<SubgraphEdge>().Date?.End ?? ctx.Parent<SubgraphEdge>().ReportedOn)
        .ResolveAsync("GraphEdge.relationship", async ctx => await ctx.Loader<RelationshipLoader>().LoadAsync(ctx.Parent<SubgraphEdge>().Id))
        .ResolveAsync("Query.brokers", ctx => ApiErrors.Translate(async () =>
        {
            var (reader, parties) = await GraphViewAsync(ctx, GlobalId.KeysOf(ctx.Argument<IReadOnlyList<string>>("between"), GlobalId.Actor, "between"));
            var ranking = reader is null ? ctx.Service<BrokerRanking>() : new BrokerRanking(reader, ctx.Vocabulary());
            var result = await ranking.RankAsync(
                new BrokerQuery
                {
                    PartyIds = [.. parties.Distinct(StringComparer.Ordinal)],
                    Filter = EdgeFilterOf(ctx, Direction.Any),
                    Top = ctx.Argument<int>("top"),
                },
                ctx.CancellationToken);
            return new BrokerSearchView(result.Brokers, result.Truncated);
        }))
        .BindType<BrokerSearchView>("BrokerSearch")
        .BindType<BrokerScore>("Broker")
        .ResolveAsync("Query.timeline", ctx => ApiErrors.Translate(() => ctx.Service<ActorTimeline>().ReadAsync(
            new TimelineQuery
            {
                ActorId = GlobalId.KeyOf(ctx.Argument<string>("actor"), GlobalId.Actor, "actor"),
                Filter = EdgeFilterOf(ctx, Direction.Any),
            },
            ctx.CancellationToken)))
        .BindType<TimelineResult>("Timeline")
        .BindType<TimelineEntry>("TimelineEntry")
        .Resolve("TimelineEntry.day", ctx => ctx.Parent<TimelineEntry>().EffectiveDate)
        .Resolve("TimelineEntry.date", ctx => ctx.Parent<TimelineEntry>().Relationship.Date)
        .ResolveAsync("TimelineEntry.counterpart", async ctx => await ctx.Loader<ActorLoader>().LoadAsync(ctx.Parent<TimelineEntry>().CounterpartId))
        .Resolve("TimelineEntry.outgoing", ctx => ctx.Parent<TimelineEntry>().ActorIsSource);

    /// <summary>
    /// With <c>rollUp</c>, the graph seen at the level of the actors everyone acts for, and the given actors rolled up
    /// (in the same order); without, no reader (the shared algorithm services read the store) and the actors as given.
    /// </summary>
    private static async Task<(IGraphReader? Reader, IReadOnlyList<string> Ids)> GraphViewAsync(ResolverContext ctx, IReadOnlyList<string> actorIds)
    {
        if (!ctx.Argument<bool>("rollUp"))
        {
            return (null, actorIds);
        }

        var store = ctx.Service<IGraphStore>();
        var rollUp = new ActorRollUp(store.GetAffiliationsAsync);
        await rollUp.LoadUpwardsAsync(actorIds, ctx.CancellationToken);
        return (new RolledUpReader(store, rollUp), [.. actorIds.Select(id => rollUp.RepresentativeOf(id, day: null))]);
    }

    /// <summary>The filter given by the flat arguments <c>types</c> and <c>window</c> of an algorithm field.</summary>
    private static EdgeFilter EdgeFilterOf(ResolverContext ctx, Direction direction) => new()
    {
        Types = FilterMapping.Types(ctx.Argument<IReadOnlyList<string>?>("types"), ctx.Vocabulary()),
        Direction = direction,
        Window = FilterMapping.Window(ctx.Argument<DateWindowInput?>("window")),
    };
}
